package org.fiscalextract.exporter.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscalextract.exporter.ContractCsv;
import org.fiscalextract.exporter.ContractSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkbookWriterTest {
    /** An output folder as the extract command writes it (see its README). */
    static final Path RUN = Path.of("src/test/resources/run");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/workbook.txt");

    /** The workbook of the sample run, written once: POI's first workbook costs seconds of class loading. */
    @TempDir
    static Path shared;
    private static Path written;
    private static long writtenAt;
    private static XSSFWorkbook workbook;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeTheSampleRun() throws IOException {
        written = shared.resolve(WorkbookWriter.FILE);
        WorkbookWriter.write(RUN, written);
        writtenAt = System.nanoTime();
        workbook = open(written);
    }

    @AfterAll
    static void close() throws IOException {
        workbook.close();
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<ContractSchema.Table> runTables() {
        return List.of(ContractSchema.DOCUMENTS, ContractSchema.FACTS, ContractSchema.PROJECTS, ContractSchema.FINDINGS,
                ContractSchema.COMPARISON);
    }

    @Test
    void everySheetSaysWhatItsCsvSays() throws IOException {
        assertEquals(List.of("documents", "facts", "projects", "findings", "comparison", "columns"),
                sheetNames(workbook));
        for (ContractSchema.Table table : runTables()) {
            assertSheetsMatch(workbook, table, ContractCsv.read(RUN, table));
        }
    }

    @Test
    void columnsSheetDescribesEveryColumnOfEverySheet() throws IOException {
        List<ContractCsv.Row> expected = new ArrayList<>(); // from the schema, not from ColumnsSheet's own rows
        for (ContractSchema.Table table : runTables()) {
            for (ContractSchema.Column c : table.columns()) {
                expected.add(new ContractCsv.Row(ColumnsSheet.TABLE,
                        List.of(table.name(), c.name(), c.type().label(), c.unit(), c.description())));
            }
        }
        assertSheetsMatch(workbook, ColumnsSheet.TABLE, expected);
        assertEquals(runTables().stream().mapToInt(t -> t.columns().size()).sum(), expected.size());
        ContractCsv.Row valueWan = expected.stream().filter(r -> r.get("column").equals("value_wan")).findFirst()
                .orElseThrow();
        assertEquals(List.of("facts", "value_wan", "number", "万元"), valueWan.values().subList(0, 4));
    }

    /** Each findings row is filled across all its cells, blank ones too: error red, warning yellow, info none. */
    @Test
    void findingsRowsAreFilledBySeverity() throws IOException {
        List<ContractCsv.Row> findings = ContractCsv.read(RUN, ContractSchema.FINDINGS);
        List<String> severities = findings.stream().map(r -> r.get("severity")).distinct().sorted().toList();
        assertEquals(List.of("error", "info", "warning"), severities, "the sample run should have every severity");
        XSSFSheet sheet = workbook.getSheet("findings");
        for (int r = 0; r < findings.size(); r++) {
            String expected = switch (findings.get(r).get("severity")) {
                case "error" -> "FFC7CE";
                case "warning" -> "FFEB9C";
                default -> "-";
            };
            Row row = sheet.getRow(r + 1);
            for (int c = 0; c < ContractSchema.FINDINGS.columns().size(); c++) {
                Cell cell = row.getCell(c);
                String fill = cell == null ? "-" : WorkbookText.fill((XSSFCellStyle) cell.getCellStyle());
                assertEquals(expected, fill, "findings row " + (r + 2) + " column " + c);
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            projects | funds_yuan     | #,##0.00
            facts    | value_wan      | #,##0.00####
            projects | execution_rate | 0.00##"%"
            projects | score          | General
            findings | expected       | General
            facts    | start          | 0
            documents| fiscal_year    | 0
            facts    | value          | General
            """)
    void numbersAreShownInTheirUnitsFormat(String table, String column, String format) {
        ContractSchema.Table t = ContractSchema.allTables().stream().filter(x -> x.name().equals(table)).findFirst()
                .orElseThrow();
        assertEquals(format, NumberFormats.of(t.column(column).orElseThrow()));
    }

    /** Above 15 significant digits a double would change the value: such values stay text, exactly as written. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            number  | 185707500            | numeric | 185707500
            number  | 80.564856028676      | numeric | 80.564856028676
            number  | 123456789012345      | numeric | 123456789012345
            number  | 0.000000000000001    | numeric | 0.000000000000001
            number  | 1234567890123450000  | numeric | 1234567890123450000
            number  | -53.53               | numeric | -53.53
            number  | 100.00               | numeric | 100
            number  | 1234567890123456     | text    | 1234567890123456
            number  | 12345678901234.567   | text    | 12345678901234.567
            number  | 1E-400               | text    | 1E-400
            number  | 1E+400               | text    | 1E+400
            number  | n/a                  | text    | n/a
            integer | 41                   | numeric | 41
            year    | 2024                 | numeric | 2024
            string  | 95.24                | text    | 95.24
            string  | 000123               | text    | 000123
            number  | null                 | blank   | null
            """)
    void cellValues(String type, String raw, String kind, String expected) {
        ContractSchema.Column column = new ContractSchema.Column("c",
                ContractSchema.Type.valueOf(type.toUpperCase()), "", "");
        CellValue value = CellValue.of(column, raw == null ? "" : raw);
        switch (kind) {
            case "numeric" -> assertEquals(0, WorkbookText.shown(((CellValue.Numeric) value).value())
                    .compareTo(new BigDecimal(expected)), value::toString);
            case "text" -> assertEquals(new CellValue.Text(expected), value);
            default -> assertEquals(new CellValue.Blank(), value);
        }
    }

    @Test
    void textBeyondExcelsCellLimitIsCutAtAWholeCharacter() {
        int max = 32_767;
        CellValue.Text plain = CellValue.text("a".repeat(40_000));
        assertEquals(max, plain.text().length());
        assertTrue(plain.text().endsWith(CellValue.CUT_MARK));
        // a character outside the BMP (two chars) straddling the cut is dropped whole
        String straddling = "a".repeat(max - CellValue.CUT_MARK.length() - 1) + "𠀀" + "b".repeat(10);
        CellValue.Text cut = CellValue.text(straddling);
        assertEquals("a".repeat(max - CellValue.CUT_MARK.length() - 1) + CellValue.CUT_MARK, cut.text());
        assertEquals("短", CellValue.text("短").text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            abc            | 3
            安居区          | 6
            95.24%         | 6
            （一）1302.76万元 | 17
            “良”           | 4
            𠀀              | 2
            """)
    void chineseCharactersCountDouble(String text, int width) {
        assertEquals(width, ColumnWidths.displayWidth(text));
    }

    @Test
    void widthsFollowTheWidestValueAndStopAtTheCap() {
        XSSFSheet facts = workbook.getSheet("facts");
        int context = ContractSchema.FACTS.header().indexOf("context");
        assertEquals(ColumnWidths.MAX_CHARACTERS + 2, facts.getColumnWidth(context) / 256);
        XSSFSheet documents = workbook.getSheet("documents");
        // 中共遂宁市安居区委目标绩效管理办公室: 18 characters, 36 wide
        assertEquals(36 + 2, documents.getColumnWidth(ContractSchema.DOCUMENTS.header().indexOf("department")) / 256);
        // doc_id is 16 hex digits
        assertEquals(16 + 2, documents.getColumnWidth(0) / 256);
    }

    /** A table longer than a sheet goes on in "facts (2)", … each with its own header, nothing lost. */
    @Test
    void longTableContinuesOnNumberedSheets() throws IOException {
        Path target = dir.resolve(WorkbookWriter.FILE);
        WorkbookWriter.write(RUN, target, 100);
        try (XSSFWorkbook paged = open(target)) {
            assertEquals(List.of("documents", "facts", "facts (2)", "facts (3)", "facts (4)", "facts (5)", "facts (6)",
                    "projects", "findings", "comparison", "columns"), sheetNames(paged));
            assertEquals(100 + 1, paged.getSheet("facts (5)").getPhysicalNumberOfRows());
            assertEquals(507 - 500 + 1, paged.getSheet("facts (6)").getPhysicalNumberOfRows());
            assertSheetsMatch(paged, ContractSchema.FACTS, ContractCsv.read(RUN, ContractSchema.FACTS));
        }
    }

    @Test
    void comparisonIsLeftOutWhenAbsentButTheContractTablesAreRequired() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        for (ContractSchema.Table table : ContractSchema.tables()) {
            Files.copy(RUN.resolve(table.file()), out.resolve(table.file()));
        }
        Path target = out.resolve(WorkbookWriter.FILE);
        WorkbookWriter.write(out, target);
        try (XSSFWorkbook fewer = open(target)) {
            assertEquals(List.of("documents", "facts", "projects", "findings", "columns"), sheetNames(fewer));
            for (Row row : fewer.getSheet("columns")) {
                assertFalse(row.getCell(0).getStringCellValue().equals("comparison"));
            }
        }
        Files.delete(out.resolve("findings.csv"));
        Path other = dir.resolve("other.xlsx");
        IOException e = assertThrows(IOException.class, () -> WorkbookWriter.write(out, other));
        assertTrue(e.getMessage().contains("has no findings.csv"), e.getMessage());
        assertEquals(List.of(), filesIn(dir), "neither a workbook nor a temporary file for a folder it refused");
    }

    /** The same folder gives the same bytes: no clock time in the file, written more than a second apart. */
    @Test
    void sameInputSameBytes() throws IOException, InterruptedException {
        long waited = (System.nanoTime() - writtenAt) / 1_000_000;
        if (waited < 1_100) {
            Thread.sleep(1_100 - waited);
        }
        Path again = dir.resolve(WorkbookWriter.FILE);
        WorkbookWriter.write(RUN, again);
        assertEquals(-1L, Files.mismatch(written, again), "the two workbooks differ");
        assertEquals(List.of(again), filesIn(dir), "no temporary file left behind");
    }

    /**
     * The whole workbook made from the sample run, as text. After a deliberate change, rewrite
     * it with {@code -Dgolden.update=true} and review the diff.
     */
    @Test
    void wholeWorkbookMatchesGolden() throws IOException {
        List<String> actual = WorkbookText.lines(workbook);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)), String.join("\n", actual),
                () -> "differs from " + GOLDEN + "; if intended, rerun with -Dgolden.update=true and review the diff");
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * The sheets of {@code table} ({@code facts}, {@code facts (2)} …) hold the header and then
     * exactly {@code rows}: text equal, numbers equal as decimals, empty values blank; each
     * sheet's header frozen and filtered.
     */
    static void assertSheetsMatch(XSSFWorkbook workbook, ContractSchema.Table table, List<ContractCsv.Row> rows) {
        List<ContractSchema.Column> columns = table.columns();
        int next = 0;
        for (int part = 1; ; part++) {
            XSSFSheet sheet = workbook.getSheet(part == 1 ? table.name() : table.name() + " (" + part + ")");
            if (sheet == null) {
                break;
            }
            String where = sheet.getSheetName();
            Row header = sheet.getRow(0);
            for (int c = 0; c < columns.size(); c++) {
                assertEquals(columns.get(c).name(), header.getCell(c).getStringCellValue(), where + " header");
            }
            assertEquals(columns.size(), header.getLastCellNum(), where + " header length");
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane, where + " has no frozen pane");
            assertTrue(pane.isFreezePane(), where);
            assertEquals(1, pane.getHorizontalSplitPosition(), where + " frozen rows");
            assertEquals(0, pane.getVerticalSplitPosition(), where + " frozen columns");
            assertEquals(new CellRangeAddress(0, sheet.getLastRowNum(), 0, columns.size() - 1).formatAsString(),
                    sheet.getCTWorksheet().getAutoFilter().getRef(), where + " autofilter");
            for (int r = 1; r <= sheet.getLastRowNum(); r++, next++) {
                assertTrue(next < rows.size(), where + " has more rows than " + table.file());
                Row row = sheet.getRow(r);
                for (int c = 0; c < columns.size(); c++) {
                    assertCell(columns.get(c), rows.get(next).values().get(c), row.getCell(c),
                            where + "!" + new CellReference(r, c).formatAsString());
                }
            }
        }
        assertEquals(rows.size(), next, table.name() + ": rows in the sheets");
    }

    /** Said independently of {@link CellValue}: a decimal in a number column, within a double's 15 digits. */
    private static boolean expectNumber(ContractSchema.Column column, String value) {
        if (column.type() == ContractSchema.Type.STRING) {
            return false;
        }
        try {
            return new BigDecimal(value).stripTrailingZeros().precision() <= 15;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void assertCell(ContractSchema.Column column, String expected, Cell cell, String where) {
        if (expected.isEmpty()) {
            assertTrue(cell == null || cell.getCellType() == CellType.BLANK, where + " should be blank");
            return;
        }
        assertNotNull(cell, where + " is missing");
        if (expectNumber(column, expected)) {
            assertEquals(CellType.NUMERIC, cell.getCellType(), where);
            assertEquals(0, WorkbookText.shown(cell.getNumericCellValue()).compareTo(new BigDecimal(expected)),
                    () -> where + ": " + cell.getNumericCellValue() + " for " + expected);
            assertEquals(NumberFormats.of(column), cell.getCellStyle().getDataFormatString(), where + " format");
        } else {
            assertEquals(CellType.STRING, cell.getCellType(), where);
            assertEquals(expected, cell.getStringCellValue(), where);
        }
    }
}
