package org.fiscalextract.extractor.relate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.model.check.IndicatorTable;
import org.fiscalextract.model.check.IndicatorTable.Item;
import org.fiscalextract.model.check.IndicatorTable.Points;
import org.fiscalextract.model.check.IndicatorTable.Section;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.Table;
import org.fiscalextract.model.document.TableCell;
import org.fiscalextract.model.fact.Fact;

/**
 * Reads scored indicator tables (部门整体支出绩效自评表, 项目支出绩效自评表): the sections with the
 * weights their headings state (总体绩效（65分）), the items (三级指标) with their weight (指标分值,
 * 权重) and score (自评得分, 得分), and the 合计 row. A weight cell merged over several items
 * counts once, for the group of items it covers.
 */
final class IndicatorTables {
    private static final Pattern WEIGHTED = Pattern.compile("^(.*?)\\s*[（(]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]\\s*$");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern ITEM_HEADER = Pattern.compile("^三级指标$|^指标名称$");
    private static final Pattern LEVEL_HEADER = Pattern.compile("^[一二]级指标$");
    private static final Pattern WEIGHT_HEADER = Pattern.compile("^(指标)?分值$|^权重$");
    private static final Pattern SCORE_HEADER = Pattern.compile("^(自评)?得分$");
    private static final Pattern TOTAL_ROW = Pattern.compile("^(合计|总计|总分)$");

    private IndicatorTables() {
    }

    static List<IndicatorTable> find(FactIndex index) {
        ParsedDocument doc = index.doc();
        Map<String, Fact> scores = index.inCells(f -> f.kind().equals("score"));
        List<IndicatorTable> tables = new ArrayList<>();
        for (Table table : doc.tables()) {
            new Reading(doc, table, scores).read().ifPresent(tables::add);
        }
        return tables;
    }

    /** One table being read. */
    private static final class Reading {
        private final ParsedDocument doc;
        private final Table table;
        private final Map<String, Fact> scores;
        private final Map<String, Section> sections = new LinkedHashMap<>();
        private final List<Item> items = new ArrayList<>();
        private Optional<Points> totalWeight = Optional.empty();
        private Optional<Fact> totalScore = Optional.empty();
        /** The section last headed at each level, for rows that leave the heading blank. */
        private final Map<Integer, String> lastSections = new HashMap<>();
        /** The 合计 row ends the indicators; what follows (评价结论, 存在问题) is prose. */
        private boolean totalSeen;

        Reading(ParsedDocument doc, Table table, Map<String, Fact> scores) {
            this.doc = doc;
            this.table = table;
            this.scores = scores;
        }

        Optional<IndicatorTable> read() {
            int headerRow = -1;
            int itemCol = -1;
            for (int r = 0; r < table.rowCount() && itemCol < 0; r++) {
                for (TableCell cell : table.row(r)) {
                    if (ITEM_HEADER.matcher(text(cell)).matches()) {
                        headerRow = r;
                        itemCol = cell.col();
                    }
                }
            }
            if (itemCol < 0) {
                return Optional.empty();
            }
            int weightCol = columnAbove(headerRow, WEIGHT_HEADER);
            int scoreCol = columnAbove(headerRow, SCORE_HEADER);
            if (weightCol < 0 || scoreCol < 0) {
                return Optional.empty();
            }
            List<Integer> levelCols = levelColumns(headerRow, itemCol);
            for (int r = 0; r < table.rowCount() && !totalSeen; r++) {
                if (r < headerRow) {
                    weightedRowAbove(r, weightCol, scoreCol);
                } else if (r > headerRow) {
                    dataRow(r, itemCol, levelCols, weightCol, scoreCol);
                }
            }
            if (items.isEmpty()) {
                return Optional.empty();
            }
            String name = titleOf();
            return Optional.of(new IndicatorTable(name, "t" + table.number() + "r1c1",
                    List.copyOf(sections.values()), items, totalWeight, totalScore));
        }

        /** A row above the indicators that is itself scored: 预算执行情况（10分） … | 10 | 8.5 (in its 总额 row). */
        private void weightedRowAbove(int r, int weightCol, int scoreCol) {
            Optional<TableCell> first = table.cellAt(r, 0);
            if (first.isEmpty()) {
                return;
            }
            Matcher m = WEIGHTED.matcher(text(first.get()));
            Optional<Points> weight = points(r, weightCol);
            Fact score = scores.get(key(r, scoreCol));
            if (m.matches() && weight.isPresent() && score != null && !sections.containsKey(m.group(1))) {
                section(m.group(1), 0, "", first.get());
                items.add(new Item(m.group(1), m.group(1), weight, Optional.of(score)));
            }
        }

        private void dataRow(int r, int itemCol, List<Integer> levelCols, int weightCol, int scoreCol) {
            String firstText = table.cellAt(r, 0).map(this::text).orElse("");
            if (TOTAL_ROW.matcher(firstText).matches() || rowHolds(r, TOTAL_ROW)) {
                totalWeight = points(r, weightCol).or(() -> totalWeight);
                Fact score = scores.get(key(r, scoreCol));
                if (score != null) {
                    totalScore = Optional.of(score);
                }
                totalSeen = true;
                return;
            }
            Optional<TableCell> itemCell = table.cellAt(r, itemCol);
            if (itemCell.isEmpty() || itemCell.get().row() != r || text(itemCell.get()).isEmpty()) {
                return;
            }
            // an item belongs to the innermost section whose heading states a weight
            String section = "";
            for (int level = 0; level < levelCols.size(); level++) {
                Optional<TableCell> cell = table.cellAt(r, levelCols.get(level));
                if (cell.isEmpty() || cell.get().col() != levelCols.get(level)) {
                    continue;
                }
                if (text(cell.get()).isEmpty()) {
                    // a table without merged cells (read from text) leaves the rows under a heading blank
                    section = lastSections.getOrDefault(level, "").isEmpty() ? section : lastSections.get(level);
                    continue;
                }
                Matcher m = WEIGHTED.matcher(text(cell.get()));
                if (m.matches()) {
                    section(m.group(1), level, section, cell.get());
                    section = m.group(1);
                }
                if (cell.get().row() == r) { // a heading merged down from above heads on, it does not start anew
                    int headed = level;
                    lastSections.put(headed, m.matches() ? section : ""); // an unweighted heading (扣分项) ends one
                    lastSections.keySet().removeIf(deeper -> deeper > headed);
                }
            }
            Optional<TableCell> weightCell = table.cellAt(r, weightCol);
            boolean firstOfWeight = weightCell.isPresent() && weightCell.get().row() == r;
            if (weightCell.isPresent() && weightCell.get().row() < r && weightCell.get().rowSpan() > 1
                    && points(weightCell.get()).isPresent()) {
                joinPrevious(text(itemCell.get()));
                return; // covered by a weight merged over several items: counted with the first
            }
            Optional<Points> weight = firstOfWeight ? points(weightCell.get()) : Optional.empty();
            Optional<Fact> score = Optional.ofNullable(scores.get(key(r, scoreCol)));
            items.add(new Item(text(itemCell.get()), section, weight, score));
        }

        /** An item sharing the weight of the item above: one item for the group, named for both (a / b: names may hold 、). */
        private void joinPrevious(String name) {
            Item last = items.remove(items.size() - 1);
            items.add(new Item(last.name() + " / " + name, last.section(), last.weight(), last.score()));
        }

        private void section(String name, int level, String parent, TableCell cell) {
            Matcher m = WEIGHTED.matcher(text(cell));
            if (!m.matches() || sections.containsKey(name)) {
                return; // a section repeated on the next page is the same section
            }
            sections.put(name, new Section(name, level, parent,
                    new Points(new BigDecimal(m.group(2)), text(cell), location(cell))));
        }

        /** The columns left of the item column that name sections: 一级指标, 二级指标, or weighted headings. */
        private List<Integer> levelColumns(int headerRow, int itemCol) {
            List<Integer> cols = new ArrayList<>();
            for (int c = 0; c < itemCol; c++) {
                Optional<TableCell> header = table.cellAt(headerRow, c);
                boolean named = header.isPresent() && LEVEL_HEADER.matcher(text(header.get())).matches();
                boolean weighted = header.isPresent() && WEIGHTED.matcher(text(header.get())).matches();
                if (named || weighted || columnHasWeightedHeadings(c, headerRow)) {
                    cols.add(c);
                }
            }
            return cols;
        }

        private boolean columnHasWeightedHeadings(int col, int headerRow) {
            for (int r = headerRow + 1; r < table.rowCount(); r++) {
                Optional<TableCell> cell = table.cellAt(r, col);
                if (cell.isPresent() && cell.get().col() == col && WEIGHTED.matcher(text(cell.get())).matches()) {
                    return true;
                }
            }
            return false;
        }

        /** The column whose header, in the header row or the rows above it, matches. */
        private int columnAbove(int headerRow, Pattern header) {
            for (int r = headerRow; r >= 0; r--) {
                for (int c = 0; c < table.columnCount(); c++) {
                    Optional<TableCell> cell = table.cellAt(r, c);
                    if (cell.isPresent() && cell.get().col() == c && header.matcher(text(cell.get())).matches()) {
                        return c;
                    }
                }
            }
            return -1;
        }

        private boolean rowHolds(int r, Pattern pattern) {
            return table.row(r).stream().anyMatch(c -> pattern.matcher(text(c)).matches());
        }

        private Optional<Points> points(int r, int col) {
            return table.cellAt(r, col).filter(c -> c.row() == r && c.col() == col).flatMap(this::points);
        }

        private Optional<Points> points(TableCell cell) {
            String t = text(cell);
            return NUMBER.matcher(t).matches()
                    ? Optional.of(new Points(new BigDecimal(t), t, location(cell))) : Optional.empty();
        }

        /** The table's title: a first row holding one wide cell, or its first cell's text. */
        private String titleOf() {
            List<TableCell> first = table.row(0);
            return first.isEmpty() ? "" : text(first.get(0));
        }

        private String location(TableCell cell) {
            return doc.block(cell.block()).location().label();
        }

        private String text(TableCell cell) {
            return doc.block(cell.block()).text().strip();
        }

        private String key(int row, int col) {
            return FactIndex.cell(table.number(), row, col);
        }
    }
}
