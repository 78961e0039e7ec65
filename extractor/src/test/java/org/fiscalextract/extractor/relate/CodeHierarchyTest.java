package org.fiscalextract.extractor.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscalextract.model.check.Finding;
import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.check.Severity;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeHierarchyTest {

    @TempDir
    Path tmp;

    private static List<String> hierarchy(Path file) {
        return breakdowns(file, "table.code_hierarchy");
    }

    private static List<String> breakdowns(Path file, String source) {
        ParsedDocument doc = Relate.read(file);
        return Relate.find(doc).relations().stream()
                .filter(r -> r instanceof Relation.Breakdown b && b.source().equals(source))
                .map(r -> (Relation.Breakdown) r)
                .map(b -> b.total().label() + " " + b.total().text() + " = " + String.join(" + ",
                        b.parts().stream().map(Fact::text).toList()))
                .toList();
    }

    /** corpus/reports/budget-tables.xlsx: codes in 类/款/项 columns, three amount columns, a 合计 row. */
    @Test
    void theCorpusExpenditureTableRelatesEveryLevel() {
        List<String> found = hierarchy(Path.of("../corpus/reports/budget-tables.xlsx"));
        // 支出表, per amount column: 4 类 (each to its 款), 4 款 (each to its 项), 合计 to the 类 rows (27);
        // 经济分类表 (科目编码 in one column), per amount column: 3 类 to their 款, 合计 to the 类 rows (12);
        // 收入表, per amount column: 2 类, 2 款, 合计 (15)
        assertEquals(54, found.size(), String.join("\n", found));
        assertTrue(found.contains("公共安全支出/合计 87267272.44 = 87267272.44"), String.join("\n", found));
        assertTrue(found.contains("司法/合计 87267272.44 = 16726725.44 + 21703947.00 + 1242900.00 + 6860000.00 "
                + "+ 2278800.00 + 38454900.00"), String.join("\n", found));
        assertTrue(found.contains("合计/基本支出 25741666.44 = 16726725.44 + 3343704.00 + 1149678.00 + 4521559.00"),
                String.join("\n", found));
    }

    /** In every coded row and the 合计 row, 合计 = 基本支出 + 项目支出. */
    @Test
    void eachRowsTotalAgainstTheColumnsAfterIt() {
        List<String> rows = breakdowns(Path.of("../corpus/reports/budget-tables.xlsx"), "table.row_sum");
        // coded rows and 合计: 21 + 1 in the 支出表, 35 + 1 in the 经济分类表, 8 + 1 in the 收入表
        assertEquals(67, rows.size(), String.join("\n", rows));
        assertEquals("行政运行/合计 16726725.44 = 16726725.44 + 0.00", rows.get(2));
        assertEquals("合计/合计 96282213.44 = 25741666.44 + 70540547.00", rows.get(21));
    }

    /**
     * The error a real unit budget publishes (2026, its 支出预算总表): 行政运行 has 合计 14,348,853.34
     * and 基本支出 14,348,853.34, and yet 项目支出 64,840,547.00 — the 司法 款's total copied into the row.
     */
    @Test
    void aRowWhoseColumnsDoNotAddUpIsAnError() throws IOException {
        Path file = workbook(new String[][]{
                {"类", "款", "项", "功能分类科目名称", "合计", "基本支出", "项目支出"},
                {"204", "06", "", "司法", "79189400.34", "14348853.34", "64840547.00"},
                {"204", "06", "01", "行政运行", "14348853.34", "14348853.34", "64840547.00"},
                {"204", "06", "04", "基层司法业务", "64840547.00", "0.00", "64840547.00"},
                {"合计", "", "", "", "79189400.34", "14348853.34", "64840547.00"}});
        List<String> errors = Relate.PIPELINE.process(file, "t").findings().stream()
                .map(Finding::message).toList();
        assertTrue(errors.contains("parts 行政运行/基本支出 14348853.34元 + 行政运行/项目支出 64840547.00元 = "
                + "79189400.34元, the total 行政运行/合计 states 14348853.34元: 64840547.00元 apart, beyond rounding "
                + "(±0.015元)"), String.join("\n", errors));
    }

    /** A 项 that does not add up to its 款 is an error quoting both; the codes themselves are no facts. */
    @Test
    void aLevelThatDoesNotAddUpIsAnError() throws IOException {
        Path file = workbook(new String[][]{
                {"类", "款", "项", "功能分类科目名称", "合计"},
                {"204", "", "", "公共安全支出", "100.00"},
                {"204", "06", "", "司法", "100.00"},
                {"204", "06", "01", "行政运行", "60.00"},
                {"204", "06", "04", "基层司法业务", "45.00"},
                {"合计", "", "", "", "100.00"}});
        Report report = Relate.PIPELINE.process(file, "t");
        assertTrue(report.facts().stream().noneMatch(f -> f.text().equals("204") || f.text().equals("06")),
                "codes are not amounts");
        // (the sheet, named 支出表, is also missing the other standard tables: a warning, not looked at here)
        List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("breakdown_sum", errors.get(0).check());
        assertEquals("parts 行政运行/合计 60.00元 + 基层司法业务/合计 45.00元 = 105.00元, the total 司法/合计 states "
                + "100.00元: 5.00元 apart, beyond rounding (±0.015元)", errors.get(0).message());
    }

    /** One 科目编码 column: 204, 20406, 2040601. */
    @Test
    void codesInOneColumn() throws IOException {
        Path file = workbook(new String[][]{
                {"科目编码", "科目名称", "合计"},
                {"204", "公共安全支出", "100.00"},
                {"20406", "司法", "100.00"},
                {"2040601", "行政运行", "60.00"},
                {"2040604", "基层司法业务", "40.00"},
                {"合计", "", "100.00"}});
        assertEquals(List.of("公共安全支出/合计 100.00 = 100.00", "司法/合计 100.00 = 60.00 + 40.00",
                "合计/合计 100.00 = 100.00"), hierarchy(file));
    }

    /** Without its 合计 row a table may go on elsewhere: the last rows' parents are not judged. */
    @Test
    void anOpenEndedTableDecidesNothingAtItsEnd() throws IOException {
        Path file = workbook(new String[][]{
                {"科目编码", "科目名称", "合计"},
                {"20406", "司法", "100.00"},
                {"2040601", "行政运行", "60.00"}});
        assertEquals(List.of(), hierarchy(file));
    }

    private Path workbook(String[][] rows) throws IOException {
        Path file = tmp.resolve("table-" + rows.length + ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("支出表");
            sheet.createRow(0).createCell(0).setCellValue("单位：元");
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]); // text cells: written as the document shows them
                }
            }
            book.write(out);
        }
        return file;
    }
}
