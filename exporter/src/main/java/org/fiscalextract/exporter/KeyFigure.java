package org.fiscalextract.exporter;

import java.util.regex.Pattern;

/**
 * Which fact gives a document's key figure (its budget_total, execution_rate, …) in the
 * comparison, the review page and the SQLite view alike: an exact fact with that canonical key
 * about the department or region itself (no project as subject), in prose or in a table's total
 * row (合计, 总计) — 行政运行/基本支出 is one line of the 基本支出, not all of it. The first such fact
 * in fact order is the figure.
 */
public final class KeyFigure {
    private static final Pattern TABLE_CELL = Pattern.compile("(^|:)t\\d+r\\d+c\\d+");
    private static final Pattern TOTAL = Pattern.compile("合计|总计");

    /** The same rule as an SQL condition on a facts row aliased {@code f} (empty values are NULL there). */
    public static final String SQL_CONDITION = "f.\"subject\" IS NULL AND f.\"qualifier\" = 'exact'"
            + " AND (f.\"location\" NOT GLOB '*t[0-9]*r[0-9]*c[0-9]*' OR instr(f.\"label\", '/') = 0"
            + " OR substr(f.\"label\", 1, instr(f.\"label\", '/') - 1) GLOB '*合计*'"
            + " OR substr(f.\"label\", 1, instr(f.\"label\", '/') - 1) GLOB '*总计*')";

    private KeyFigure() {
    }

    /** Whether a row of facts.csv may give its document's figure for its canonical key. */
    public static boolean qualifies(ContractCsv.Row fact) {
        if (!fact.get("subject").isEmpty() || !fact.get("qualifier").equals("exact")) {
            return false;
        }
        if (!TABLE_CELL.matcher(fact.get("location")).find()) {
            return true;
        }
        String label = fact.get("label");
        int slash = label.indexOf('/');
        return slash < 0 || TOTAL.matcher(label.substring(0, slash)).find();
    }
}
