package org.fiscalextract.extractor.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.Table;
import org.fiscalextract.model.document.TableCell;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;

/**
 * The classification hierarchy of a standard budget table: rows coded 类/款/项 (204, 204 06,
 * 204 06 01) in three columns, or in one 科目编码 column (204, 20406, 2040601). In every amount
 * column each row is the sum of the rows one level below it that carry its code, and the 合计 row
 * the sum of the 类 rows; in every row the 合计 column is the sum of the amount columns after it.
 */
final class CodeHierarchy {
    private static final Pattern LEVEL_HEADERS = Pattern.compile("^[类款项]$");
    private static final Pattern CODE_HEADER = Pattern.compile("科目编码|^编码$|^科目代码$");
    private static final Pattern CODE = Pattern.compile("\\d{2,3}");
    private static final Pattern ONE_COLUMN_CODE = Pattern.compile("\\d{3}(?:\\d{2}){0,2}");
    private static final Pattern TOTAL = Pattern.compile("^(合计|总计)$");

    /** A coded row: its code (digits, levels joined) and level (1 类, 2 款, 3 项; 0 the 合计 row). */
    private record Coded(int row, String code, int level) {
    }

    private CodeHierarchy() {
    }

    static void find(FactIndex index, List<Relation> out) {
        ParsedDocument doc = index.doc();
        Map<String, Fact> byCell = index.inCells(f -> f.qualifier() == Qualifier.EXACT && f.kind().equals("amount"));
        Map<String, Fact> totalsByCode = new HashMap<>();
        for (Table table : doc.tables()) {
            int[] headerRow = {-1};
            List<Coded> rows = codedRows(doc, table, headerRow);
            if (rows.size() < 2) {
                continue;
            }
            int totalCol = rowSums(doc, table, rows, headerRow[0], byCell, out);
            for (int c = 0; c < table.columnCount(); c++) {
                for (int i = 0; i < rows.size(); i++) {
                    relate(table, rows, i, c, byCell, out);
                }
            }
            for (Coded row : rows) {
                Fact total = totalCol < 0 || row.level() == 0 ? null : byCell.get(key(table, row.row(), totalCol));
                if (total != null) {
                    totalsByCode.putIfAbsent(row.code(), total);
                }
            }
        }
        ProseCodeRows.find(index, totalsByCode, out);
    }

    /**
     * In each coded row and the 合计 row, the 合计 column against the amount columns right of it
     * (合计 = 基本支出 + 项目支出; 合计 = 财政拨款收入 + 事业收入 + …), when the row states every one.
     */
    /** @return the 合计 column, or -1 */
    private static int rowSums(ParsedDocument doc, Table table, List<Coded> rows, int headerRow,
                               Map<String, Fact> byCell, List<Relation> out) {
        int totalCol = -1;
        for (int r = 0; r <= headerRow && totalCol < 0; r++) {
            for (TableCell cell : table.row(r)) {
                if (cell.colSpan() == 1 && TOTAL.matcher(text(doc, cell)).matches()) {
                    totalCol = cell.col();
                }
            }
        }
        if (totalCol < 0) {
            return -1;
        }
        List<Integer> partCols = new ArrayList<>();
        for (int c = totalCol + 1; c < table.columnCount(); c++) {
            int col = c;
            if (rows.stream().anyMatch(row -> byCell.containsKey(key(table, row.row(), col)))) {
                partCols.add(c);
            }
        }
        for (Coded row : rows) {
            Fact total = byCell.get(key(table, row.row(), totalCol));
            List<Fact> parts = new ArrayList<>();
            for (int c : partCols) {
                Fact part = byCell.get(key(table, row.row(), c));
                if (part != null) {
                    parts.add(part);
                }
            }
            if (total != null && !parts.isEmpty() && parts.size() == partCols.size()) {
                out.add(new Relation.Breakdown("table.row_sum", total, parts, true));
            }
        }
        return totalCol;
    }

    /** Row {@code i}'s amount in column {@code col} against its children's, when each states one. */
    private static void relate(Table table, List<Coded> rows, int i, int col, Map<String, Fact> byCell,
                               List<Relation> out) {
        Coded parent = rows.get(i);
        Fact total = byCell.get(key(table, parent.row(), col));
        if (total == null) {
            return;
        }
        List<Fact> parts = new ArrayList<>();
        if (parent.level() == 0) { // the 合计 row, above or below the table's 类 rows
            for (Coded child : rows) {
                Fact part = child.level() == 1 ? byCell.get(key(table, child.row(), col)) : null;
                if (child.level() == 1 && part == null) {
                    return;
                }
                if (part != null) {
                    parts.add(part);
                }
            }
            if (!parts.isEmpty()) {
                out.add(new Relation.Breakdown("table.code_hierarchy", total, parts, true));
            }
            return;
        }
        int end = i + 1;
        while (end < rows.size() && rows.get(end).level() > parent.level()) {
            end++;
        }
        if (end == rows.size() && !closed(rows)) {
            return; // the children run to the table's end: the rest may be on the next page
        }
        for (int j = i + 1; j < end; j++) {
            Coded child = rows.get(j);
            if (child.level() != parent.level() + 1) {
                continue;
            }
            if (!child.code().startsWith(parent.code())) {
                return; // out of order: not a hierarchy we can trust
            }
            Fact part = byCell.get(key(table, child.row(), col));
            if (part == null) {
                return; // a child without an amount: undecidable
            }
            parts.add(part);
        }
        if (!parts.isEmpty()) {
            out.add(new Relation.Breakdown("table.code_hierarchy", total, parts, true));
        }
    }

    /** Whether the table ends with its 合计 row, so that nothing of it is missing below. */
    private static boolean closed(List<Coded> rows) {
        return rows.get(rows.size() - 1).level() == 0;
    }

    /** The rows with a classification code, and the 合计 row, in table order; empty without code columns. */
    private static List<Coded> codedRows(ParsedDocument doc, Table table, int[] headerFound) {
        List<Integer> levelCols = new ArrayList<>();
        int codeCol = -1;
        int headerRow = -1;
        for (int r = 0; r < table.rowCount() && headerRow < 0; r++) {
            for (TableCell cell : table.row(r)) {
                String t = text(doc, cell);
                if (LEVEL_HEADERS.matcher(t).matches()) {
                    levelCols.add(cell.col());
                } else if (CODE_HEADER.matcher(t).find() && cell.colSpan() == 1) {
                    codeCol = cell.col();
                }
            }
            if (levelCols.size() == 3 || levelCols.isEmpty() && codeCol >= 0) {
                headerRow = r;
            } else {
                levelCols.clear();
            }
        }
        List<Coded> rows = new ArrayList<>();
        headerFound[0] = headerRow;
        if (headerRow < 0) {
            return rows;
        }
        for (int r = headerRow + 1; r < table.rowCount(); r++) {
            Optional<Coded> coded = levelCols.isEmpty() ? oneColumn(doc, table, r, codeCol)
                    : threeColumns(doc, table, r, levelCols);
            coded.ifPresent(rows::add);
        }
        return rows;
    }

    private static Optional<Coded> threeColumns(ParsedDocument doc, Table table, int r, List<Integer> cols) {
        StringBuilder code = new StringBuilder();
        int level = 0;
        for (int col : cols) {
            String t = table.cellAt(r, col).filter(c -> c.row() == r).map(c -> text(doc, c)).orElse("");
            if (t.isEmpty()) {
                break;
            }
            if (!CODE.matcher(t).matches()) {
                return TOTAL.matcher(t).matches() && level == 0 ? Optional.of(new Coded(r, "", 0)) : Optional.empty();
            }
            code.append(t);
            level++;
        }
        return level == 0 ? Optional.empty() : Optional.of(new Coded(r, code.toString(), level));
    }

    private static Optional<Coded> oneColumn(ParsedDocument doc, Table table, int r, int col) {
        String t = table.cellAt(r, col).filter(c -> c.row() == r).map(c -> text(doc, c)).orElse("")
                .replaceAll("\\s+", "");
        if (TOTAL.matcher(t).matches()) {
            return Optional.of(new Coded(r, "", 0));
        }
        if (!ONE_COLUMN_CODE.matcher(t).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Coded(r, t, (t.length() - 1) / 2));
    }

    private static String text(ParsedDocument doc, TableCell cell) {
        return doc.block(cell.block()).text().strip();
    }

    private static String key(Table table, int row, int col) {
        return FactIndex.cell(table.number(), row, col);
    }
}
