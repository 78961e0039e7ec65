package org.fiscalextract.exporter.review;

import org.fiscalextract.exporter.ContractCsv;

/** A fact's value as a reader says it: 1302.76 万元, 95.24%, 92 分, 优. */
final class FactValue {
    private FactValue() {
    }

    static String display(ContractCsv.Row fact) {
        String value = fact.get("value");
        return switch (fact.get("unit")) {
            case "yuan" -> fact.get("value_wan").isEmpty() ? value + " 元" : fact.get("value_wan") + " 万元";
            case "percent" -> value + "%";
            case "percentage_point" -> value + " 个百分点";
            case "points" -> value + " 分";
            case "grade", "" -> value;
            default -> value + " " + fact.get("unit");
        };
    }
}
