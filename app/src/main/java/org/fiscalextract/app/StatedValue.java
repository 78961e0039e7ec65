package org.fiscalextract.app;

import java.math.BigDecimal;

import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Quantity;

/**
 * A fact's value as the report states it, for people: the number with the digits it was written
 * with and its unit ({@code 1250.00万元}, {@code 95.24%}, {@code 92分}, {@code 良}), marked with
 * its qualifier ({@code 约5.2亿元}, {@code ≥95%}, {@code +27.64万元}). Also how a finding's values
 * read on a terminal.
 */
final class StatedValue {
    private StatedValue() {
    }

    static String of(Fact fact) {
        return prefix(fact) + number(fact);
    }

    private static String prefix(Fact fact) {
        return switch (fact.qualifier()) {
            case EXACT -> "";
            case APPROX -> "约";
            case AT_LEAST, RANGE_LOW -> "≥";
            case AT_MOST, RANGE_HIGH -> "≤";
            case INCREASE -> "+";
            case DECREASE -> "-";
        };
    }

    private static String number(Fact fact) {
        Quantity q = fact.quantity();
        if (q instanceof Quantity.Amount a) {
            return a.value().toPlainString() + a.unit().label();
        }
        if (q instanceof Quantity.Rate r) {
            return r.value().toPlainString() + (r.percentagePoints() ? "个百分点" : "%");
        }
        if (q instanceof Quantity.Score s) {
            return s.points().toPlainString() + "分";
        }
        if (q instanceof Quantity.Grade g) {
            String label = g.level().label();
            String stated = fact.text().replaceAll("[\"“”「」『』]", "");
            return stated.isEmpty() || stated.equals(label) ? label : label + "（" + stated + "）";
        }
        if (q instanceof Quantity.Measure m) {
            return m.value().toPlainString() + m.unit();
        }
        return fact.text(); // a count as written: 20项, 17个项目
    }

    /**
     * A finding's value in its unit: yuan as 万元 (the unit the reports mostly state), percent
     * with %, points with 分; an unknown unit after the number.
     */
    static String inUnit(BigDecimal value, String unit) {
        return switch (unit) {
            case "yuan" -> Quantity.plain(value.movePointLeft(4)) + "万元";
            case "percent" -> Quantity.plain(value) + "%";
            case "percentage_point" -> Quantity.plain(value) + "个百分点";
            case "points" -> Quantity.plain(value) + "分";
            case "item" -> Quantity.plain(value) + "个";
            case "" -> Quantity.plain(value);
            default -> Quantity.plain(value) + " " + unit;
        };
    }
}
