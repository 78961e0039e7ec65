package org.fiscalextract.extractor.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.fiscalextract.model.check.Finding;
import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProseCodeRowsTest {
    @TempDir
    Path tmp;

    /** text | code it names (empty: none) */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。 | 2040601
            社会保障和就业支出（208类）行政事业单位养老支出（05款）机关事业单位职业年金缴费支出（06项）91.97万元 | 2080506
            一般公共服务支出（类）党委办公厅（室）及相关机构事务（款）行政运行（项）:支出决算为96.73万元 | ''
            公共安全支出（204类）1672.67万元 | ''
            """)
    void codedItems(String text, String code) {
        Matcher m = ProseCodeRows.CODED.matcher(text);
        assertEquals(code, m.find() ? m.group(1) + m.group(2) + m.group(4) : "");
    }

    private Path report(String prose) throws IOException {
        Path file = tmp.resolve("budget.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText(prose);
            doc.createParagraph().createRun().setText("单位：元");
            String[][] rows = {
                    {"类", "款", "项", "功能分类科目名称", "合计"},
                    {"204", "", "", "公共安全支出", "16726725.44"},
                    {"204", "06", "", "司法", "16726725.44"},
                    {"204", "06", "01", "行政运行", "16726725.44"},
                    {"合计", "", "", "", "16726725.44"}};
            XWPFTable table = doc.createTable(rows.length, rows[0].length);
            for (int r = 0; r < rows.length; r++) {
                XWPFTableRow row = table.getRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.getCell(c).setText(rows[r][c]);
                }
            }
            doc.write(out);
        }
        return file;
    }

    @Test
    void theProseAmountOfACodedItemAgainstItsRowAcrossUnits() throws IOException {
        // 1672.67万元 is 16726725.44元 to the 0.01万元 it is written to: no finding
        List<Finding> none = Relate.PIPELINE.process(report("1、公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元。"), "a")
                .findings();
        assertEquals(List.of(), none);
        List<Finding> found = Relate.PIPELINE.process(report("1、公共安全支出（204类）司法（06款）行政运行（01项）1762.67万元。"), "b")
                .findings();
        assertEquals(1, found.size(), found.toString());
        assertEquals("prose_vs_table", found.get(0).check());
        assertEquals("行政运行: the text states 行政运行（01项） 1762.67万元 (p1), the table 行政运行/合计 16726725.44元 "
                + "(t1r4c5): 89.997456万元 apart, beyond rounding (±0.0050005万元)", found.get(0).message());
    }

    /** The real department budget: each of its thirteen 项 paragraphs against the row of its code. */
    @Test
    void realDepartmentBudget() {
        Path file = Path.of("../../shared/real-pdf/putuo-sifaju-2026-dept-budget.pdf");
        assumeTrue(Files.isRegularFile(file), "no ../shared/real-pdf here");
        ParsedDocument doc = Relate.read(file);
        List<String> pairs = Relate.find(doc).relations().stream()
                .filter(r -> r instanceof Relation.ProseAndTable p && p.source().equals("prose.code_row"))
                .map(r -> (Relation.ProseAndTable) r)
                .map(p -> p.item() + " " + p.prose().text() + " = " + p.cell().text())
                .toList();
        assertEquals(13, pairs.size(), String.join("\n", pairs));
        assertEquals("行政运行 1672.67万元 = 16726725.44", pairs.get(0));
    }
}
