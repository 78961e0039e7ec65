package org.fiscalextract.extractor.link;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.extractor.link.TableHeaders.Role;
import org.fiscalextract.extractor.recognize.Mention;
import org.fiscalextract.extractor.recognize.NumberParser;
import org.fiscalextract.extractor.recognize.QuantityRecognizer;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.Table;
import org.fiscalextract.model.document.TableCell;
import org.fiscalextract.model.fact.MoneyUnit;
import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity;

/**
 * The facts of a table. A cell that states its own quantity (100.00%, 8个) is recognized like
 * prose; a bare number (50.00, ≥12) takes its meaning from the headers over and beside it: the
 * unit stated in a column header, a row header, the header of the row-header column or the
 * caption (单位：万元); a score or weight column; a unit column in its row (度量单位). Its label is
 * its row header and column header. Empty cells and —, -, / mean no value.
 */
final class TableFactReader {
    /** Cells longer than this are prose (评分说明), not headers. */
    private static final int MAX_HEADER_CHARS = 24;
    private static final Pattern NUMERIC = Pattern.compile("[≥≤><＝=]?\\s*-?[\\d,，.]+%?");
    private static final Pattern COMPARATOR = Pattern.compile("[≥≤><＝=]|定性|定量");
    private static final Pattern BARE_NUMBER = Pattern.compile("([≥≤><＝=]|不低于|不高于|不少于|不超过)?\\s*(-?\\d[\\d,，]*(?:\\.\\d+)?)");

    private final QuantityRecognizer recognizer;
    private final TableHeaders headers;
    private final Vocabulary vocabulary;
    private final ProseFactReader prose;

    TableFactReader(QuantityRecognizer recognizer, TableHeaders headers, Vocabulary vocabulary, ProseFactReader prose) {
        this.recognizer = recognizer;
        this.headers = headers;
        this.vocabulary = vocabulary;
        this.prose = prose;
    }

    void read(ParsedDocument doc, Table table, String caption, List<Draft> out) {
        TableIndex index = new TableIndex(doc, table, this.headers.memo()); // one per table and thread
        for (TableCell cell : table.cells()) {
            Block block = doc.block(cell.block());
            String text = block.text();
            if (text.isBlank()) {
                continue;
            }
            CellView view = new CellView(doc, index, cell);
            if (view.columnPlays(cell.row(), cell.col(), Role.EXPLANATION)) {
                continue; // scoring rules and definitions: their numbers are not reported values
            }
            List<Mention> mentions = recognizer.recognize(text);
            if (!mentions.isEmpty() && text.length() > MAX_HEADER_CHARS) {
                prose.readMentions(doc, block, mentions, out); // a prose cell: labels from its own words
                continue;
            }
            if (!mentions.isEmpty()) {
                for (Mention m : mentions) {
                    out.add(draft(view, block.start() + m.start(), block.start() + m.end(), m.quantity(),
                            m.qualifier(), m.rule(), caption));
                }
                continue;
            }
            bare(view, text, caption).ifPresent(out::add);
        }
    }

    /** A cell holding only a number, given meaning by its headers. */
    private Optional<Draft> bare(CellView view, String text, String caption) {
        TableHeaders headers = view.headers();
        Matcher m = BARE_NUMBER.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = NumberParser.arabic(m.group(2));
        if (number.isEmpty()) {
            return Optional.empty();
        }
        int offset = view.block().text().indexOf(m.group(2));
        String columnHeader = view.columnHeader();
        String rowHeader = view.rowHeader();
        Role role = headers.role(columnHeader).or(() -> headers.role(rowHeader)).orElse(null);
        if (role == Role.WEIGHT || role == Role.CODE) {
            return Optional.empty(); // a weight is no reported value; 204 under 类 is a code
        }
        Qualifier qualifier = comparator(m.group(1)).orElse(view.rowComparator(headers).orElse(Qualifier.EXACT));
        int start = view.block().start() + (m.group(1) == null ? offset : view.block().text().indexOf(m.group(1)));
        int end = view.block().start() + offset + m.group(2).length();
        Quantity quantity = null;
        String rule = null;
        if (role == Role.SCORE) {
            quantity = new Quantity.Score(number.get());
            rule = "table.score_column";
        } else if (role == Role.INDICATOR_VALUE) {
            String unit = view.rowUnit(headers);
            Optional<MoneyUnit> money = headers.moneyUnitWord(unit);
            if (unit.equals("%") || unit.equals("％")) {
                quantity = new Quantity.Rate(number.get(), false);
            } else if (money.isPresent()) {
                quantity = new Quantity.Amount(number.get(), money.get());
            } else if (!unit.isEmpty()) {
                quantity = new Quantity.Measure(number.get(), unit);
            }
            rule = "table.indicator_unit_column";
        } else {
            Optional<MoneyUnit> money = headers.moneyUnit(columnHeader)
                    .or(() -> headers.moneyUnit(rowHeader))
                    .or(() -> view.moneyUnitAboveRowHeader(headers))
                    .or(() -> headers.moneyUnit(caption));
            if (money.isPresent() && role != Role.RATE && role != Role.COUNT) {
                quantity = new Quantity.Amount(number.get(), money.get());
                rule = "table.money_unit_header";
            } else if (role == Role.RATE) {
                quantity = new Quantity.Rate(number.get(), false);
                rule = "table.rate_header";
            } else if (role == Role.COUNT) {
                quantity = new Quantity.Count(number.get(), columnHeader);
                rule = "table.count_header";
            }
        }
        if (quantity == null) {
            return Optional.empty();
        }
        return Optional.of(draft(view, start, end, quantity, qualifier, rule, caption));
    }

    private Draft draft(CellView view, int start, int end, Quantity quantity, Qualifier qualifier, String rule,
                        String caption) {
        String label = joinLabel(view.rowHeader(), view.columnHeader());
        String canonical = vocabulary.canonical(quantity.kind(), view.columnHeader());
        if (canonical.isEmpty()) {
            canonical = vocabulary.canonical(quantity.kind(), view.rowHeader());
        }
        if (canonical.isEmpty()) {
            canonical = vocabulary.canonical(quantity.kind(), label);
        }
        return new Draft(start, end, quantity, qualifier, rule, label, canonical, view.subject(),
                view.rowText(), view.block().location());
    }

    private static String joinLabel(String row, String column) {
        if (row.isEmpty()) {
            return column;
        }
        return column.isEmpty() ? row : row + "/" + column;
    }

    private static Optional<Qualifier> comparator(String word) {
        if (word == null) {
            return Optional.empty();
        }
        return switch (word) {
            case "≥", "不低于", "不少于", ">" -> Optional.of(Qualifier.AT_LEAST);
            case "≤", "不高于", "不超过", "<" -> Optional.of(Qualifier.AT_MOST);
            default -> Optional.of(Qualifier.EXACT);
        };
    }

    /** A cell seen with its table around it: its headers, its row, the project the table is about. */
    private record CellView(ParsedDocument doc, TableIndex index, TableCell cell) {

        TableHeaders headers() {
            return index.headers();
        }

        Block block() {
            return doc.block(cell.block());
        }

        String text(TableCell c) {
            return index.text(c);
        }

        /** The nearest text cell above, skipping numbers, empty cells and prose. */
        String columnHeader() {
            return headerAbove(cell.row(), cell.col());
        }

        String headerAbove(int row, int col) {
            for (int r = row - 1; r >= 0; r--) {
                Optional<TableCell> above = index.at(r, col);
                if (above.isEmpty() || above.get().row() >= row) {
                    continue;
                }
                String t = text(above.get());
                if (isHeaderLike(t)) {
                    return t;
                }
            }
            return "";
        }

        /** The nearest text cell to the left, skipping numbers, comparators, unit cells and prose. */
        String rowHeader() {
            TableCell header = rowHeaderCell();
            return header == null ? "" : text(header);
        }

        /**
         * The cell naming this row: the row's cell in a row-label column (三级指标) left of this
         * cell; where that is blank or there is none, the nearest text cell left of the row's first
         * number (总额 in 总额 | 50.00 | 40.73).
         */
        TableCell rowHeaderCell() {
            for (int c = cell.col() - 1; c >= 0; c--) {
                Optional<TableCell> left = index.at(cell.row(), c);
                if (left.isPresent() && left.get().col() == c && columnPlays(cell.row(), c, Role.ROW_LABEL)) {
                    if (isHeaderLike(text(left.get()))) {
                        return left.get();
                    }
                    break; // blank there: a 合计 row names itself further left, under 类
                }
            }
            int firstNumber = cell.col();
            for (int c = 0; c < cell.col(); c++) {
                Optional<TableCell> other = index.at(cell.row(), c);
                if (other.isPresent() && other.get().col() == c && isNumeric(text(other.get()).strip())) {
                    firstNumber = c;
                    break;
                }
            }
            for (int c = firstNumber - 1; c >= 0; c--) {
                Optional<TableCell> left = index.at(cell.row(), c);
                if (left.isEmpty()) {
                    continue;
                }
                String t = text(left.get());
                if (isHeaderLike(t) && !isComparator(t) && !isUnitCell(left.get())) {
                    return left.get();
                }
                c = left.get().col(); // skip the rest of a wide cell
            }
            return null;
        }

        /** Whether a cell above {@code (row, col)} in its column names the column as {@code role} (三级指标, 度量单位). */
        boolean columnPlays(int row, int col, Role role) {
            return index.columnPlays(row, col, role);
        }

        /**
         * A money unit stated above the row header in its column (年度预算数（万元） over 总额 and
         * over 其中：财政资金 below it).
         */
        Optional<MoneyUnit> moneyUnitAboveRowHeader(TableHeaders headers) {
            TableCell header = rowHeaderCell();
            if (header == null) {
                return Optional.empty();
            }
            for (int r = header.row() - 1; r >= 0; r--) {
                Optional<TableCell> above = index.at(r, header.col());
                if (above.isPresent() && above.get().row() < header.row()) {
                    Optional<MoneyUnit> unit = headers.moneyUnit(text(above.get()));
                    if (unit.isPresent()) {
                        return unit;
                    }
                }
            }
            return Optional.empty();
        }

        /** The unit cell of this row, where the table has a unit column (度量单位). */
        String rowUnit(TableHeaders headers) {
            for (int c = 0; c < index.table().columnCount(); c++) {
                Optional<TableCell> other = index.at(cell.row(), c);
                if (other.isPresent() && other.get().row() == cell.row() && other.get().col() == c
                        && columnPlays(cell.row(), c, Role.UNIT_COLUMN)) {
                    return text(other.get()).strip();
                }
            }
            return "";
        }

        /** The comparator this row's 指标性质 cell states, for its indicator value. */
        Optional<Qualifier> rowComparator(TableHeaders headers) {
            if (!headers.plays(columnHeader(), Role.INDICATOR_VALUE) || !columnHeader().contains("指标值")) {
                return Optional.empty();
            }
            for (int c = 0; c < index.table().columnCount(); c++) {
                Optional<TableCell> other = index.at(cell.row(), c);
                if (other.isPresent() && other.get().row() == cell.row() && other.get().col() == c
                        && columnPlays(cell.row(), c, Role.COMPARATOR_COLUMN)) {
                    return comparator(text(other.get()).strip());
                }
            }
            return Optional.empty();
        }

        private boolean isUnitCell(TableCell c) {
            return columnPlays(c.row(), c.col(), Role.UNIT_COLUMN);
        }

        /** The project this table is about: the cell right of a 项目名称 cell above. */
        String subject() {
            return index.subject(cell.row());
        }

        /** The row's cells, for the context column. */
        String rowText() {
            List<String> parts = new ArrayList<>();
            for (TableCell c : index.row(cell.row())) {
                String t = text(c).strip();
                if (!t.isEmpty()) {
                    parts.add(t);
                }
            }
            return String.join(" | ", parts);
        }

        private static boolean isHeaderLike(String t) {
            String s = t.strip();
            return !s.isEmpty() && s.length() <= MAX_HEADER_CHARS && !isNumeric(s) && !s.equals("/")
                    && !s.equals("—") && !s.equals("-") && !s.equals("——");
        }

        private static boolean isComparator(String t) {
            return COMPARATOR.matcher(t.strip()).matches();
        }

        private static boolean isNumeric(String s) {
            return NUMERIC.matcher(s).matches();
        }
    }
}
