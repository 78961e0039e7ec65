/*
 * MakeCorpus: turns the five seed reports (plain text extracted from Word) into the
 * renditions under corpus/reports that the ingestion tests read:
 *
 *   - an exact copy of each seed .txt, plus GBK, UTF-8-with-BOM and UTF-16LE variants;
 *   - a real .docx per seed (POI XWPF): headings as Heading styles, Word bookmarks,
 *     document properties, and for seed 004 its three tables as real Word tables with merges;
 *   - government-website style .html pages for 000 (GBK bytes) and 004 (UTF-8);
 *   - an .xlsx of 004's tables (POI XSSF), with merged regions and numeric cells;
 *   - corpus/expected/tables-004.tsv and spans-004.tsv, the control files for table tests.
 *
 * The .doc/.pdf/.rtf/.xls renditions are made from these files by LibreOffice in
 * make-corpus.sh. Run:  java -cp <extractor classpath> MakeCorpus.java SEEDS_DIR CORPUS_DIR
 *
 * One-time tool, kept so the corpus can be re-made; it fails loudly rather than guess when a
 * seed table row does not fit the declared layout.
 */

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.xmlbeans.XmlException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class MakeCorpus {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: MakeCorpus SEEDS_DIR CORPUS_DIR");
            System.exit(2);
        }
        Path seedDir = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        Path reports = Files.createDirectories(corpus.resolve("reports"));
        Path expected = Files.createDirectories(corpus.resolve("expected"));

        for (Seed seed : Seed.ALL) {
            Path seedFile = seedDir.resolve(seed.fileName());
            String text = Files.readString(seedFile, StandardCharsets.UTF_8);
            List<Block> blocks = new SeedParser(text.lines().toList()).parse();

            Files.write(reports.resolve(seed.fileName()), Files.readAllBytes(seedFile));   // exact bytes
            new DocxWriter().write(seed, blocks, reports.resolve(seed.id() + ".docx"));
            seed.variant().ifPresent(v -> v.write(text, reports.resolve(seed.id() + v.suffix())));
            seed.htmlCharset().ifPresent(cs -> new HtmlWriter(cs).write(seed, blocks, reports.resolve(seed.id() + ".html")));

            List<Table> tables = blocks.stream().filter(Table.class::isInstance).map(Table.class::cast).toList();
            for (Table t : tables) {
                System.out.printf("%s: table %s %d rows x %d columns%n", seed.id(), t.name(), t.rowCount(), t.columns());
            }
            if (!tables.isEmpty()) {
                new XlsxWriter().write(seed, tables, reports.resolve(seed.id() + ".xlsx"));
                new ExpectedTables(seed, tables).write(expected);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// What each seed is: who published it (the docx author), its title, and which extra renditions
// it gets. 001-003 carry their own titles; 000 and 004 have none in their text, so one is
// composed from the publisher and the kind of report.

/** An encoding variant of the seed text; suffix is appended to the seed id. */
enum TextVariant {
    GBK(".gbk.txt"), UTF8_BOM(".utf8bom.txt"), UTF16LE_BOM(".utf16le.txt");

    private final String suffix;

    TextVariant(String suffix) { this.suffix = suffix; }

    String suffix() { return suffix; }

    void write(String text, Path out) {
        try {
            Files.write(out, encode(text));
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    private byte[] encode(String text) {
        return switch (this) {
            case GBK -> strictly(text, Charset.forName("GBK"));
            case UTF8_BOM -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case UTF16LE_BOM -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        };
    }

    /** Refuses text GBK cannot hold, so a "GBK" file never silently contains '?'. */
    static byte[] strictly(String text, Charset cs) {
        CharsetEncoder enc = cs.newEncoder();
        if (!enc.canEncode(text)) {
            throw new IllegalStateException("text is not representable in " + cs);
        }
        return text.getBytes(cs);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

record Seed(String id, String title, String author, String created,
            Optional<TextVariant> variant, Optional<Charset> htmlCharset, String site) {

    static final List<Seed> ALL = List.of(
        new Seed("000_9988a41b680c0e1f", "丰都县发展和改革委员会2024年度项目支出绩效自评报告",
            "重庆市丰都县发展和改革委员会", "2025-03-18T09:30:00Z",
            Optional.empty(), Optional.of(Charset.forName("GBK")), "丰都县人民政府"),
        new Seed("001_4993de9eea35429d", "中阳县2024年预算绩效管理工作开展情况及2024年重大政策和重点项目绩效执行结果的说明",
            "山西省中阳县财政局", "2025-04-02T08:00:00Z",
            Optional.of(TextVariant.GBK), Optional.empty(), "中阳县人民政府"),
        new Seed("002_d438e33e9ac7aa45", "开发区·铁山区2024年预算绩效工作开展情况及重点项目绩效执行结果",
            "湖北省黄石经济技术开发区·铁山区财政局", "2025-05-20T10:15:00Z",
            Optional.of(TextVariant.UTF8_BOM), Optional.empty(), "黄石经济技术开发区·铁山区人民政府"),
        new Seed("003_c9902219ec604704", "攀枝花市东区2024年度预算绩效管理工作情况说明",
            "四川省攀枝花市东区财政局", "2025-06-11T02:00:00Z",
            Optional.of(TextVariant.UTF16LE_BOM), Optional.empty(), "攀枝花市东区人民政府"),
        new Seed("004_8a99ebaca312e0ad", "中共遂宁市安居区委目标绩效管理办公室2024年度部门决算及绩效自评情况",
            "四川省遂宁市安居区委目标绩效管理办公室", "2025-07-29T03:45:00Z",
            Optional.empty(), Optional.of(StandardCharsets.UTF_8), "遂宁市安居区人民政府"));

    String fileName() { return id + ".txt"; }

    Date createdDate() { return Date.from(Instant.parse(created)); }
}

// ---------------------------------------------------------------------------------------------
// The document model the writers share.

sealed interface Block permits Paragraph, Table {}

/** How a prose line is shown: the writers map these to Word styles and HTML tags. */
enum Role { TITLE, HEADING1, HEADING2, HEADING3, BODY }

/** One prose line; text still holds the seed's "[bookmark: X]" markers. */
record Paragraph(Role role, String text) implements Block {}

/**
 * A table cell anchored at (row, col) of the grid, covering rowSpan x colSpan grid cells.
 * paragraphs may hold bookmark markers, like prose.
 */
record Cell(int row, int col, int rowSpan, int colSpan, List<String> paragraphs) {

    /** The cell's text as a reader sees it: bookmarks dropped, paragraphs joined by nothing. */
    String text() {
        return paragraphs.stream().map(Markup::plain).collect(Collectors.joining());
    }

    boolean isEmpty() { return text().isBlank(); }

    boolean isMerged() { return rowSpan > 1 || colSpan > 1; }

    Cell withRowSpan(int span) { return new Cell(row, col, span, colSpan, paragraphs); }
}

/**
 * A table on a rectangular grid. grid[r][c] is the cell covering that grid position;
 * every position is covered by exactly one cell.
 */
record Table(String name, int columns, int[] widths, List<Cell> cells, Cell[][] grid) implements Block {

    int rowCount() { return grid.length; }

    Cell at(int row, int col) { return grid[row][col]; }

    boolean isAnchor(Cell cell, int row, int col) { return cell.row() == row && cell.col() == col; }

    /** A row made of one cell spanning the whole width, e.g. the table's own title. */
    boolean isTitleRow(int row) { return grid[row][0].colSpan() == columns; }
}

/** The seed's inline "[bookmark: NAME]" markers: Word bookmarks the extraction printed as text. */
final class Markup {
    static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: ([^\\]]+)\\]");

    sealed interface Segment permits Text, Bookmark {}

    record Text(String text) implements Segment {}

    record Bookmark(String name) implements Segment {}

    private Markup() {}

    static String plain(String text) { return BOOKMARK.matcher(text).replaceAll(""); }

    static List<Segment> segments(String text) {
        List<Segment> out = new ArrayList<>();
        Matcher m = BOOKMARK.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) out.add(new Text(text.substring(at, m.start())));
            out.add(new Bookmark(m.group(1)));
            at = m.end();
        }
        if (at < text.length()) out.add(new Text(text.substring(at)));
        return out;
    }

    /** Text without bookmarks, trimmed of whitespace including U+3000 (String.strip() covers it). */
    static String trimmed(String text) { return plain(text).strip(); }
}

// ---------------------------------------------------------------------------------------------
// Reading the flattened seed text.

/**
 * Splits a seed into prose paragraphs and tables. In the flattened text a table row is a group
 * of lines each starting with TAB (one per cell); a cell's text continues on following lines
 * without TAB; rows are separated by one blank line. A row line starting with " \t" (the
 * extraction's mark of a table start) or a row after two or more blank lines begins a new table.
 */
final class SeedParser {
    private final List<String> lines;

    SeedParser(List<String> lines) { this.lines = lines; }

    /** A line or a table before prose lines get their roles (which need the following line). */
    private sealed interface Item permits ProseLine, RawTable {}

    private record ProseLine(String text) implements Item {}

    private record RawTable(List<List<List<String>>> rows) implements Item {}

    List<Block> parse() {
        List<Item> items = splitItems();
        return toBlocks(items);
    }

    private List<Item> splitItems() {
        List<Item> items = new ArrayList<>();
        RawTable table = null;
        List<List<String>> row = null;
        int blanks = 0;
        for (String line : lines) {
            if (line.isBlank() && !line.contains("\t")) {
                blanks++;
                row = null;
                continue;
            }
            if (isCellLine(line)) {
                if (table == null || line.startsWith(" \t") || blanks >= 2) {
                    table = new RawTable(new ArrayList<>());
                    items.add(table);
                    row = null;
                }
                if (row == null) {
                    row = new ArrayList<>();
                    table.rows().add(row);
                }
                row.add(new ArrayList<>(List.of(line.substring(line.indexOf('\t') + 1))));
            } else if (row != null && !line.startsWith(" ")) {
                row.get(row.size() - 1).add(line);   // the cell's text goes on
            } else {
                table = null;
                row = null;
                items.add(new ProseLine(line));
            }
            blanks = 0;
        }
        return items;
    }

    private static boolean isCellLine(String line) {
        return line.startsWith("\t") || line.startsWith(" \t");
    }

    private List<Block> toBlocks(List<Item> items) {
        List<Block> blocks = new ArrayList<>();
        boolean leading = true;   // still in the report's title lines
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof RawTable raw) {
                TableBuilder.build(raw.rows()).ifPresent(blocks::add);
                leading = false;
                continue;
            }
            String text = ((ProseLine) items.get(i)).text();
            String plain = Markup.trimmed(text);
            if (plain.isEmpty() && !Markup.BOOKMARK.matcher(text).find()) continue;   // whitespace only
            Role role = text.contains("\t")   // chart data rows at the end of 004, never headings
                ? Role.BODY : HeadingRules.classify(plain, leading, nextProse(items, i));
            if (!plain.isEmpty() && role != Role.TITLE) leading = false;
            blocks.add(new Paragraph(role, text));
        }
        return blocks;
    }

    /** The next non-empty prose line's plain text, or "" when a table or the end comes first. */
    private static String nextProse(List<Item> items, int from) {
        for (int j = from + 1; j < items.size(); j++) {
            if (!(items.get(j) instanceof ProseLine p)) return "";
            String plain = Markup.trimmed(p.text());
            if (!plain.isEmpty()) return plain;
        }
        return "";
    }
}

/**
 * Which prose lines are headings. Chinese reports number their sections 第一部分 / 一、 / （一）;
 * the seeds also use the same numbering for list items (（五）负责……工作。), so a numbered line
 * counts as a heading only when it is short and not followed by a sibling item.
 */
final class HeadingRules {
    private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十\\d]+部分");
    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]+、|\\d+、\\s)");
    private static final Pattern SUBSECTION = Pattern.compile("^（([一二三四五六七八九十]+|\\d+)）");
    private static final int SHORT = 40;

    private HeadingRules() {}

    static Role classify(String plain, boolean leading, String next) {
        if (plain.isEmpty()) return Role.BODY;
        if (PART.matcher(plain).find()) return Role.HEADING1;
        if (SECTION.matcher(plain).find()) return isShortTitle(plain) ? Role.HEADING2 : Role.BODY;
        if (SUBSECTION.matcher(plain).find()) {
            boolean sibling = SUBSECTION.matcher(next).find();
            return isShortTitle(plain) && !sibling ? Role.HEADING3 : Role.BODY;
        }
        if (!isUnnumberedTitle(plain)) return Role.BODY;
        if (leading || SECTION.matcher(next).find()) return Role.TITLE;
        // 001 lost its （二）… numbers in extraction: a short phrase before a long paragraph.
        return next.length() > 50 ? Role.HEADING3 : Role.BODY;
    }

    /** Short, and no full stop except possibly a final one (（三）绩效结果应用情况。). */
    private static boolean isShortTitle(String plain) {
        String body = plain.endsWith("。") ? plain.substring(0, plain.length() - 1) : plain;
        return plain.length() <= SHORT && !body.contains("。") && !body.contains("：");
    }

    private static boolean isUnnumberedTitle(String plain) {
        return plain.length() <= 40
            && !plain.matches(".*[。；：:].*")
            && !plain.matches("^[\\d（(].*");
    }
}

// ---------------------------------------------------------------------------------------------
// Rebuilding the tables' grid.

/**
 * The layout of one kind of form, stated here because the flattened text cannot tell it:
 * how many grid columns it has, how the cells of a row with fewer cells spread over them,
 * which columns are row-group labels (一级指标/二级指标 …, merged down over their group), and how
 * many header rows there are after the title rows.
 */
record TableLayout(String name, int columns, int[] widths, Set<Integer> groupColumns,
                   int headerRows, List<SpanRule> rules) {

    /** Spans for a row of cellCount cells whose first cell text starts with firstCell (null: any). */
    record SpanRule(int cellCount, String firstCell, int[] spans) {}

    static SpanRule rule(int cellCount, String firstCell, int... spans) {
        return new SpanRule(cellCount, firstCell, spans);
    }

    static final TableLayout WHOLE_DEPARTMENT = new TableLayout("部门整体支出绩效自评表", 8,
        new int[] {800, 900, 1100, 600, 1500, 2000, 700, 700}, Set.of(0, 1), 2,
        List.of(
            rule(1, null, 8),                      // title
            rule(5, "绩效指标", 4, 1, 1, 1, 1),      // 绩效指标 over 一级/二级/三级指标/指标分值
            rule(5, "分值", 1, 1, 1, 3, 2),          // 分值 | | 合计 | | 98.6 under 自评得分
            rule(7, null, 1, 2, 1, 1, 1, 1, 1),     // 扣分项 rows whose 二级 and 三级指标 are one cell
            rule(8, null, 1, 1, 1, 1, 1, 1, 1, 1)));

    static final TableLayout PROJECT = new TableLayout("部门预算项目支出绩效自评表", 11,
        new int[] {800, 700, 700, 1100, 650, 800, 650, 800, 600, 600, 900}, Set.of(0, 1, 2), 0,
        List.of(
            rule(1, null, 11),                              // 附表2, title
            rule(2, "项目负责人", 6, 5),
            rule(2, null, 3, 8),                            // 项目名称 | value; 评价结论 | text …
            rule(3, null, 1, 2, 8),                         // | 2.项目实施内容及过程概述 | text
            rule(4, "主管部门", 3, 4, 2, 2),
            rule(4, "合计", 8, 1, 1, 1),                    // 合计 | 100 (权重) | 98.5 (得分) |
            rule(4, null, 1, 2, 4, 4),                      // 项目基本情况 | 1.… | 项目年度目标 | 年度目标完成情况
            rule(9, null, 1, 2, 1, 1, 1, 2, 1, 1, 1),       // budget rows: 权重/得分 under 权重/得分
            rule(11, null, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)));

    static TableLayout forTitle(String firstRowText) {
        if (firstRowText.contains("部门整体支出绩效自评表")) return WHOLE_DEPARTMENT;
        if (firstRowText.contains("附表2") || firstRowText.contains("部门预算项目支出绩效自评表")) return PROJECT;
        throw new IllegalStateException("no layout for a table starting with: " + firstRowText);
    }

    int[] spansFor(List<String> cellTexts) {
        for (SpanRule r : rules) {
            if (r.cellCount() == cellTexts.size()
                && (r.firstCell() == null || cellTexts.get(0).startsWith(r.firstCell()))) {
                if (Arrays.stream(r.spans()).sum() != columns) {
                    throw new IllegalStateException(name + ": rule does not cover " + columns + " columns");
                }
                return r.spans();
            }
        }
        throw new IllegalStateException(name + ": no span rule for row " + cellTexts);
    }
}

/**
 * Places a raw table's cells on its layout's grid and restores vertical merges: in the flattened
 * text a vertically merged cell's continuation is an empty cell. An empty cell continues the
 * non-empty cell above it (same grid columns) when
 *   - it is in a header row below the first one, or
 *   - it is a group-label column and every group cell left of it also continues, or
 *   - it is a value column and all the row's group cells continue (same smallest group).
 * Anything else empty is a genuinely empty cell (备注, 度量单位 of 定性 indicators …).
 */
final class TableBuilder {
    private final TableLayout layout;
    private final List<List<List<String>>> rows;

    /** A cell's place in its row before vertical merging. */
    private record Slot(int col, int span, List<String> paragraphs) {
        boolean isEmpty() { return paragraphs.stream().map(Markup::trimmed).allMatch(String::isEmpty); }
    }

    private TableBuilder(TableLayout layout, List<List<List<String>>> rows) {
        this.layout = layout;
        this.rows = rows;
    }

    /** Empty if the table has no non-empty row (e.g. a stray empty cell near the chart data). */
    static Optional<Table> build(List<List<List<String>>> rawRows) {
        List<List<List<String>>> rows = rawRows.stream().filter(TableBuilder::hasText).toList();
        if (rows.isEmpty()) return Optional.empty();
        String firstRow = rows.get(0).stream().flatMap(List::stream).map(Markup::trimmed).collect(Collectors.joining());
        return Optional.of(new TableBuilder(TableLayout.forTitle(firstRow), rows).build());
    }

    private static boolean hasText(List<List<String>> row) {
        return row.stream().flatMap(List::stream).map(Markup::trimmed).anyMatch(s -> !s.isEmpty());
    }

    private Table build() {
        int n = rows.size();
        Cell[][] grid = new Cell[n][layout.columns()];
        List<Cell> cells = new ArrayList<>();
        int firstHeader = firstNonTitleRow();
        for (int r = 0; r < n; r++) {
            List<Slot> slots = slots(rows.get(r));
            Set<Integer> continued = new HashSet<>();
            for (Slot s : slots) {
                Cell above = r > 0 ? grid[r - 1][s.col()] : null;
                if (s.isEmpty() && continues(above, s, r, firstHeader, slots, continued)) {
                    Cell longer = above.withRowSpan(above.rowSpan() + 1);
                    cells.set(cells.indexOf(above), longer);
                    repoint(grid, above, longer, r);
                    continued.add(s.col());
                } else {
                    Cell cell = new Cell(r, s.col(), 1, s.span(), s.paragraphs());
                    cells.add(cell);
                    for (int c = s.col(); c < s.col() + s.span(); c++) grid[r][c] = cell;
                }
            }
        }
        return new Table(layout.name(), layout.columns(), layout.widths(), cells, grid);
    }

    private int firstNonTitleRow() {
        int r = 0;
        while (r < rows.size() && rows.get(r).size() == 1) r++;
        return r;
    }

    private List<Slot> slots(List<List<String>> row) {
        List<String> texts = row.stream().map(c -> Markup.trimmed(String.join("", c))).toList();
        int[] spans = layout.spansFor(texts);
        List<Slot> slots = new ArrayList<>();
        int col = 0;
        for (int i = 0; i < row.size(); i++) {
            slots.add(new Slot(col, spans[i], row.get(i)));
            col += spans[i];
        }
        return slots;
    }

    private boolean continues(Cell above, Slot s, int r, int firstHeader, List<Slot> slots, Set<Integer> continued) {
        if (above == null || above.col() != s.col() || above.colSpan() != s.span()) return false;
        if (above.isEmpty() || above.colSpan() == layout.columns()) return false;
        if (r > firstHeader && r < firstHeader + layout.headerRows()) return true;
        if (r < firstHeader + layout.headerRows()) return false;
        boolean isGroup = layout.groupColumns().contains(s.col());
        return slots.stream()
            .filter(o -> layout.groupColumns().contains(o.col()))
            .filter(o -> !isGroup || o.col() < s.col())
            .allMatch(o -> continued.contains(o.col()))
            && (isGroup || slots.stream().anyMatch(o -> continued.contains(o.col())));
    }

    private static void repoint(Cell[][] grid, Cell old, Cell longer, int lastRow) {
        for (int r = old.row(); r <= lastRow; r++) {
            for (int c = old.col(); c < old.col() + old.colSpan(); c++) grid[r][c] = longer;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Word (.docx) via POI XWPF.

final class DocxWriter {
    private static final int TEXT_WIDTH = 8306;   // A4 minus 1800-twip left/right margins
    private final XWPFDocument doc = new XWPFDocument();
    private final Set<String> bookmarkNames = new HashSet<>();
    private int nextBookmarkId = 1;

    void write(Seed seed, List<Block> blocks, Path out) {
        try {
            installStyles();
            setProperties(seed);
            for (Block b : blocks) {
                if (b instanceof Paragraph p) writeParagraph(p);
                else if (b instanceof Table t) writeTable(t);
            }
            setPageA4();
            try (OutputStream os = Files.newOutputStream(out)) {
                doc.write(os);
            }
            doc.close();
        } catch (IOException e) {
            throw new RuntimeException(out.toString(), e);
        }
    }

    /** Built-in style names ("heading 1", "Title") so Word, LibreOffice and Tika see headings. */
    private void installStyles() throws IOException {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        String xml = """
            <w:styles xmlns:w="%s">
              <w:docDefaults>
                <w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体"/>
                  <w:sz w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
              <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr>
                <w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="36"/></w:rPr></w:style>
              %s%s%s
              <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
                <w:tblPr><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            </w:styles>
            """.formatted(w, heading(1, 32), heading(2, 28), heading(3, 24));
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(xml).getStyles());
        } catch (XmlException e) {
            throw new IllegalStateException("bad built-in styles.xml", e);
        }
    }

    private static String heading(int level, int halfPoints) {
        return """
            <w:style w:type="paragraph" w:styleId="Heading%1$d"><w:name w:val="heading %1$d"/>
              <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
              <w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="%2$d"/></w:pPr>
              <w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="%3$d"/></w:rPr></w:style>
            """.formatted(level, level - 1, halfPoints);
    }

    private void setProperties(Seed seed) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(seed.title());
        core.setCreator(seed.author());
        core.setLastModifiedByUser(seed.author());
        core.setCreated(Optional.of(seed.createdDate()));
        core.setModified(Optional.of(seed.createdDate()));
        doc.getProperties().getExtendedProperties().setCompany(seed.author());
        doc.getProperties().getExtendedProperties().setApplication("Microsoft Office Word");
    }

    private void setPageA4() {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1440));
        mar.setBottom(BigInteger.valueOf(1440));
        mar.setLeft(BigInteger.valueOf(1800));
        mar.setRight(BigInteger.valueOf(1800));
    }

    private void writeParagraph(Paragraph p) {
        XWPFParagraph para = doc.createParagraph();
        switch (p.role()) {
            case TITLE -> para.setStyle("Title");
            case HEADING1 -> para.setStyle("Heading1");
            case HEADING2 -> para.setStyle("Heading2");
            case HEADING3 -> para.setStyle("Heading3");
            case BODY -> para.setIndentationFirstLine(480);   // two characters, as Chinese prose is set
        }
        // body lines keep their leading spaces (e.g. a right-pushed "单位：万元")
        writeInline(para, p.role() == Role.BODY ? p.text().stripTrailing() : p.text().strip(), 0, false);
    }

    /**
     * Writes text into a paragraph: bookmark markers become bookmarkStart/End around the rest of
     * the paragraph, TAB characters become w:tab. A bookmark name already used is skipped, as
     * Word itself allows each name once.
     */
    private void writeInline(XWPFParagraph para, String text, int fontSize, boolean bold) {
        List<BigInteger> open = new ArrayList<>();
        for (Markup.Segment s : Markup.segments(text)) {
            if (s instanceof Markup.Bookmark b && bookmarkNames.add(b.name())) {
                CTBookmark start = para.getCTP().addNewBookmarkStart();
                BigInteger id = BigInteger.valueOf(nextBookmarkId++);
                start.setId(id);
                start.setName(b.name());
                open.add(id);
            } else if (s instanceof Markup.Text t) {
                writeRuns(para, t.text(), fontSize, bold);
            }
        }
        for (BigInteger id : open) para.getCTP().addNewBookmarkEnd().setId(id);
    }

    private static void writeRuns(XWPFParagraph para, String text, int fontSize, boolean bold) {
        String[] parts = text.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) para.createRun().addTab();
            if (parts[i].isEmpty()) continue;
            XWPFRun run = para.createRun();
            run.setText(parts[i]);
            if (fontSize > 0) run.setFontSize(fontSize);
            if (bold) run.setBold(true);
        }
    }

    private void writeTable(Table t) {
        XWPFTable table = doc.createTable();   // POI starts it with one row; removed at the end
        setTableProperties(table, t);
        for (int r = 0; r < t.rowCount(); r++) {
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            for (int c = 0; c < t.columns(); ) {
                Cell cell = t.at(r, c);
                writeCell(row.createCell(), t, cell, t.isAnchor(cell, r, c), t.isTitleRow(r));
                c += cell.colSpan();
            }
        }
        table.removeRow(0);
        doc.createParagraph();   // Word needs a paragraph between two tables
    }

    private static void setTableProperties(XWPFTable table, Table t) {
        CTTblPr pr = table.getCTTbl().getTblPr();
        pr.getTblW().setW(BigInteger.valueOf(Arrays.stream(t.widths()).sum()));
        pr.getTblW().setType(STTblWidth.DXA);
        pr.addNewJc().setVal(STJcTable.CENTER);
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblBorders borders = pr.getTblBorders();
        for (CTBorder b : List.of(borders.getTop(), borders.getLeft(), borders.getBottom(),
                                  borders.getRight(), borders.getInsideH(), borders.getInsideV())) {
            b.setVal(STBorder.SINGLE);
            b.setSz(BigInteger.valueOf(4));
            b.setColor("000000");
        }
        CTTblGrid grid = table.getCTTbl().addNewTblGrid();
        for (int w : t.widths()) grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }

    /** A grid cell: the anchor carries the text and vMerge=restart, continuations vMerge=continue. */
    private void writeCell(XWPFTableCell tc, Table t, Cell cell, boolean anchor, boolean titleRow) {
        CTTcPr pr = tc.getCTTc().addNewTcPr();
        int width = Arrays.stream(t.widths(), cell.col(), cell.col() + cell.colSpan()).sum();
        pr.addNewTcW().setW(BigInteger.valueOf(width));
        pr.getTcW().setType(STTblWidth.DXA);
        if (cell.colSpan() > 1) pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
        if (cell.rowSpan() > 1) pr.addNewVMerge().setVal(anchor ? STMerge.RESTART : STMerge.CONTINUE);
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        if (!anchor) return;
        boolean heading = titleRow && cell.text().length() > 4;   // a form title, not "附表2"
        for (int i = 0; i < cell.paragraphs().size(); i++) {
            XWPFParagraph para = i == 0 ? tc.getParagraphs().get(0) : tc.addParagraph();
            para.setSpacingAfter(0);
            para.setSpacingBetween(1.0);
            if (heading) para.setAlignment(ParagraphAlignment.CENTER);
            writeInline(para, cell.paragraphs().get(i), heading ? 14 : 9, heading);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// A government-website style HTML page.

final class HtmlWriter {
    private final Charset charset;

    HtmlWriter(Charset charset) { this.charset = charset; }

    void write(Seed seed, List<Block> blocks, Path out) {
        StringBuilder body = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) body.append(paragraph(p)).append('\n');
            else if (b instanceof Table t) body.append(table(t)).append('\n');
        }
        String label = charset.equals(StandardCharsets.UTF_8) ? "utf-8" : "gbk";
        String page = TEMPLATE
            .replace("${charset}", label)
            .replace("${title}", escape(seed.title()))
            .replace("${site}", escape(seed.site()))
            .replace("${author}", escape(seed.author()))
            .replace("${date}", seed.created().substring(0, 10))
            .replace("${body}", body.toString());
        try {
            Files.write(out, charset.equals(StandardCharsets.UTF_8)
                ? page.getBytes(StandardCharsets.UTF_8) : TextVariant.strictly(page, charset));
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    private static final String TEMPLATE = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="${charset}">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="ArticleTitle" content="${title}">
        <meta name="PubDate" content="${date}">
        <meta name="ContentSource" content="${author}">
        <title>${title}_${site}</title>
        <style type="text/css">
          body { margin: 0; font-family: "Microsoft YaHei", "SimSun", sans-serif; background: #f2f2f2; }
          .top { background: #b40000; color: #fff; padding: 12px 40px; font-size: 22px; }
          .crumb { width: 1000px; margin: 10px auto; font-size: 13px; color: #666; }
          .article { width: 1000px; margin: 0 auto; background: #fff; padding: 30px 50px; }
          .article h1 { text-align: center; font-size: 24px; color: #333; }
          .info { text-align: center; color: #888; font-size: 13px; border-bottom: 1px solid #ddd; padding-bottom: 10px; }
          #zoom p { text-indent: 2em; line-height: 2; font-size: 16px; }
          #zoom table { border-collapse: collapse; margin: 10px auto; font-size: 12px; }
          #zoom td { padding: 2px 4px; }
          .foot { text-align: center; color: #666; font-size: 12px; padding: 20px; }
        </style>
        <script type="text/javascript">
          function doZoom(size) {
            document.getElementById("zoom").style.fontSize = size + "px";
            return false;
          }
          window.onload = function () { document.title = document.title.replace(/\\s+/g, " "); };
        </script>
        </head>
        <body>
        <div class="top">${site}</div>
        <div class="crumb">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;财政预决算</div>
        <div class="article">
        <h1>${title}</h1>
        <div class="info">发布时间：${date}&nbsp;&nbsp;&nbsp;来源：${author}&nbsp;&nbsp;&nbsp;字号：[<a href="#" onclick="return doZoom(18)">大</a>&nbsp;<a href="#" onclick="return doZoom(16)">中</a>&nbsp;<a href="#" onclick="return doZoom(14)">小</a>]</div>
        <div id="zoom">
        ${body}</div>
        </div>
        <div class="foot">主办单位：${author}&nbsp;&nbsp;网站标识码：5100000001&nbsp;&nbsp;<a href="#">网站地图</a></div>
        </body>
        </html>
        """;

    /** Headings as h1 (report title) / h2 / h3; 一、 and 第一部分 are both h2 on such pages. */
    private static String paragraph(Paragraph p) {
        String tag = switch (p.role()) {
            case TITLE -> "h1";
            case HEADING1, HEADING2 -> "h2";
            case HEADING3 -> "h3";
            case BODY -> "p";
        };
        return "<" + tag + ">" + inline(p.text(), true) + "</" + tag + ">";
    }

    /**
     * Escapes text, keeps bookmarks as named anchors, writes leading spaces as &nbsp; and, as
     * pages pasted from Word often do, breaks a paragraph after its first "：一是".
     */
    private static String inline(String text, boolean breakAtList) {
        StringBuilder sb = new StringBuilder();
        for (Markup.Segment s : Markup.segments(text)) {
            if (s instanceof Markup.Bookmark b) sb.append("<a name=\"").append(escape(b.name())).append("\"></a>");
            else if (s instanceof Markup.Text t) sb.append(escape(t.text()));
        }
        String html = leadingSpacesAsNbsp(sb.toString());
        if (breakAtList) html = html.replaceFirst("：一是", "：<br>一是");
        return html.replace("\t", "&nbsp;&nbsp;&nbsp;&nbsp;");
    }

    private static String leadingSpacesAsNbsp(String html) {
        int n = 0;
        while (n < html.length() && html.charAt(n) == ' ') n++;
        return "&nbsp;".repeat(n) + html.substring(n);
    }

    private static String table(Table t) {
        StringBuilder sb = new StringBuilder("<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\">\n");
        for (int r = 0; r < t.rowCount(); r++) {
            sb.append("<tr>");
            for (int c = 0; c < t.columns(); c++) {
                Cell cell = t.at(r, c);
                if (t.isAnchor(cell, r, c)) sb.append(td(cell, t.isTitleRow(r)));
            }
            sb.append("</tr>\n");
        }
        return sb.append("</table>").toString();
    }

    private static String td(Cell cell, boolean titleRow) {
        StringBuilder sb = new StringBuilder("<td");
        if (cell.rowSpan() > 1) sb.append(" rowspan=\"").append(cell.rowSpan()).append('"');
        if (cell.colSpan() > 1) sb.append(" colspan=\"").append(cell.colSpan()).append('"');
        if (titleRow) sb.append(" align=\"center\"");
        sb.append('>');
        if (cell.isEmpty()) {
            sb.append("&nbsp;");
        } else {
            sb.append(cell.paragraphs().stream().map(p -> inline(p.strip(), false)).collect(Collectors.joining("<br>")));
        }
        return sb.append("</td>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

// ---------------------------------------------------------------------------------------------
// Excel (.xlsx) via POI XSSF: one sheet per table.

final class XlsxWriter {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.(\\d+))?");
    private static final Pattern PERCENT = Pattern.compile("(-?\\d+(\\.(\\d+))?)%");

    private XSSFWorkbook wb;
    private XSSFCellStyle textStyle;
    private XSSFCellStyle titleStyle;

    void write(Seed seed, List<Table> tables, Path out) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            wb = book;
            textStyle = bordered();
            textStyle.setWrapText(true);
            titleStyle = bordered();
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 14);
            titleStyle.setFont(bold);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            for (int i = 0; i < tables.size(); i++) writeSheet(tables.get(i), sheetName(tables.get(i), i));
            var core = wb.getProperties().getCoreProperties();
            core.setTitle(seed.title() + "（附表）");
            core.setCreator(seed.author());
            core.setCreated(Optional.of(seed.createdDate()));
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    private static String sheetName(Table t, int index) {
        return index == 0 ? "整体支出自评表" : "项目支出自评表" + index;
    }

    private XSSFCellStyle bordered() {
        XSSFCellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private void writeSheet(Table t, String name) {
        XSSFSheet sheet = wb.createSheet(name);
        for (int c = 0; c < t.columns(); c++) sheet.setColumnWidth(c, t.widths()[c] * 256 / 120);
        for (int r = 0; r < t.rowCount(); r++) {
            XSSFRow row = sheet.createRow(r);
            for (int c = 0; c < t.columns(); c++) {
                Cell cell = t.at(r, c);
                XSSFCell xc = row.createCell(c);   // every grid cell exists, so merged areas keep borders
                if (t.isAnchor(cell, r, c)) setValue(xc, cell, t.isTitleRow(r));
                else xc.setCellStyle(textStyle);
            }
        }
        for (Cell cell : t.cells()) {
            if (cell.isMerged()) {
                sheet.addMergedRegion(new CellRangeAddress(cell.row(), cell.row() + cell.rowSpan() - 1,
                    cell.col(), cell.col() + cell.colSpan() - 1));
            }
        }
    }

    /** Numbers as numeric cells keeping their shown decimals (0.00, 0.00%); the rest as text. */
    private void setValue(XSSFCell xc, Cell cell, boolean titleRow) {
        String text = cell.text().strip();
        if (text.isEmpty()) {   // Excel stores an empty cell as blank, not as ""
            xc.setCellStyle(textStyle);
            return;
        }
        Matcher number = NUMBER.matcher(text);
        Matcher percent = PERCENT.matcher(text);
        if (titleRow) {
            xc.setCellValue(text);
            xc.setCellStyle(titleStyle);
        } else if (number.matches()) {
            xc.setCellValue(Double.parseDouble(text));
            xc.setCellStyle(numberStyle(decimalsFormat(number.group(2)), false));
        } else if (percent.matches()) {
            xc.setCellValue(Double.parseDouble(percent.group(1)) / 100);
            xc.setCellStyle(numberStyle(decimalsFormat(percent.group(3)) + "%", true));
        } else {
            // multi-paragraph cells keep their breaks as line feeds
            xc.setCellValue(cell.paragraphs().stream().map(Markup::trimmed).collect(Collectors.joining("\n")));
            xc.setCellStyle(textStyle);
        }
    }

    private static String decimalsFormat(String decimals) {
        return decimals == null ? "0" : "0." + "0".repeat(decimals.length());
    }

    private XSSFCellStyle numberStyle(String format, boolean percent) {
        XSSFCellStyle s = bordered();
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        s.setAlignment(percent ? HorizontalAlignment.RIGHT : HorizontalAlignment.CENTER);
        return s;
    }
}

// ---------------------------------------------------------------------------------------------
// Control files for the table tests.

/**
 * expected/tables-004.tsv: per rendition with tables, each table's grid size and its first and
 * last non-empty cells; expected/spans-004.tsv: every merged cell. Tables and rows/columns are
 * 0-based; the .doc/.xls/.html renditions carry the same grids as the .docx/.xlsx they come from.
 */
final class ExpectedTables {
    private static final List<String> RENDITIONS = List.of(".docx", ".doc", ".html", ".xlsx", ".xls");
    private final Seed seed;
    private final List<Table> tables;

    ExpectedTables(Seed seed, List<Table> tables) {
        this.seed = seed;
        this.tables = tables;
    }

    void write(Path expectedDir) throws IOException {
        String tag = seed.id().substring(0, 3);
        Files.writeString(expectedDir.resolve("tables-" + tag + ".tsv"), shapes());
        Files.writeString(expectedDir.resolve("spans-" + tag + ".tsv"), spans());
    }

    private String shapes() {
        StringBuilder sb = new StringBuilder("file\ttable\trows\tcolumns\tfirst_cell\tlast_cell\n");
        for (String ext : RENDITIONS) {
            for (int i = 0; i < tables.size(); i++) {
                Table t = tables.get(i);
                sb.append(String.join("\t", "reports/" + seed.id() + ext, String.valueOf(i),
                    String.valueOf(t.rowCount()), String.valueOf(t.columns()),
                    firstCell(t).text(), lastCell(t).text())).append('\n');
            }
        }
        return sb.toString();
    }

    private static Cell firstCell(Table t) {
        return t.cells().stream().filter(c -> !c.isEmpty()).findFirst().orElseThrow();
    }

    /** The last non-empty cell in reading order: bottom row first, then rightmost. */
    private static Cell lastCell(Table t) {
        for (int r = t.rowCount() - 1; r >= 0; r--) {
            for (int c = t.columns() - 1; c >= 0; c--) {
                Cell cell = t.at(r, c);
                if (!cell.isEmpty()) return cell;
            }
        }
        throw new IllegalStateException("empty table");
    }

    private String spans() {
        StringBuilder sb = new StringBuilder("table\trow\tcol\trowspan\tcolspan\ttext\n");
        for (int i = 0; i < tables.size(); i++) {
            for (Cell c : tables.get(i).cells()) {
                if (!c.isMerged()) continue;
                sb.append(i).append('\t').append(c.row()).append('\t').append(c.col()).append('\t')
                    .append(c.rowSpan()).append('\t').append(c.colSpan()).append('\t').append(c.text().strip()).append('\n');
            }
        }
        return sb.toString();
    }
}
