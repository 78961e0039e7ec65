package org.fiscalextract.extractor.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.Table;
import org.fiscalextract.model.document.TableCell;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;

/**
 * Relations within a table: a 总额 row and the 其中 rows under it, column by column; a row's
 * 预算执行率 with its 预算执行数 and 调整后预算数.
 */
final class TableRelations {
    private TableRelations() {
    }

    static void find(FactIndex index, List<Relation> out) {
        ParsedDocument doc = index.doc();
        Map<String, Fact> byCell = index.inCells(f -> f.qualifier() == Qualifier.EXACT);
        for (Table table : doc.tables()) {
            partRows(doc, table, byCell, out);
            executionRates(table, byCell, out);
        }
    }

    /** 总额 | 50.00 … then 其中：财政资金 | 50.00 …, 单位资金 | 0.00 …: each column's parts add to its total. */
    private static void partRows(ParsedDocument doc, Table table, Map<String, Fact> byCell, List<Relation> out) {
        for (int r = 1; r < table.rowCount(); r++) {
            if (!rowLabel(doc, table, r).startsWith("其中")) {
                continue;
            }
            int totalRow = r - 1;
            int last = r;
            while (last + 1 < table.rowCount() && isPartRow(doc, table, last + 1)) {
                last++;
            }
            for (int c = 0; c < table.columnCount(); c++) {
                Fact total = byCell.get(key(table, totalRow, c));
                if (total == null || !total.kind().equals("amount")) {
                    continue;
                }
                List<Fact> parts = new ArrayList<>();
                for (int p = r; p <= last; p++) {
                    Fact part = byCell.get(key(table, p, c));
                    if (part != null && part.kind().equals("amount")) {
                        parts.add(part);
                    }
                }
                if (!parts.isEmpty()) {
                    out.add(new Relation.Breakdown("table.其中", total, parts, true));
                }
            }
        }
    }

    /** A row after the 其中 row still lists a part while its label is short text and it holds amounts or is empty. */
    private static boolean isPartRow(ParsedDocument doc, Table table, int row) {
        String label = rowLabel(doc, table, row);
        return !label.isEmpty() && label.length() <= 12 && !label.matches(".*[（(]\\d+分[)）].*")
                && !label.contains("指标");
    }

    /** The text of the first non-empty cell that starts in the row. */
    private static String rowLabel(ParsedDocument doc, Table table, int row) {
        for (TableCell cell : table.row(row)) {
            String t = doc.block(cell.block()).text().strip();
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    /** 预算执行率 100.00% = 预算执行数 40.73 ÷ 调整后预算数 40.73, in one row. */
    private static void executionRates(Table table, Map<String, Fact> byCell, List<Relation> out) {
        for (int r = 0; r < table.rowCount(); r++) {
            Fact rate = null;
            Fact executed = null;
            Fact adjusted = null;
            Fact initial = null;
            for (int c = 0; c < table.columnCount(); c++) {
                Fact f = byCell.get(key(table, r, c));
                if (f == null) {
                    continue;
                }
                switch (f.canonical()) {
                    case "execution_rate" -> rate = f;
                    case "executed_amount" -> executed = f;
                    case "budget_adjusted" -> adjusted = f;
                    case "budget_initial" -> initial = f;
                    default -> {
                    }
                }
            }
            Fact budget = adjusted != null ? adjusted : initial;
            if (rate != null && executed != null && budget != null) {
                out.add(new Relation.Ratio("table.执行率", rate, executed, budget,
                        adjusted != null ? "adjusted" : "initial"));
            }
        }
    }

    private static String key(Table table, int row, int col) {
        return FactIndex.cell(table.number(), row, col);
    }
}
