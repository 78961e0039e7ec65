package org.fiscalextract.extractor.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.fiscalextract.model.check.Finding;
import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.TableInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardTablesTest {
    @TempDir
    Path tmp;

    private static List<String> crossTable(ParsedDocument doc) {
        return Relate.find(doc).relations().stream()
                .filter(r -> r instanceof Relation.Breakdown b && b.source().startsWith("table.")
                        && b.source().contains("="))
                .map(r -> (Relation.Breakdown) r)
                .map(b -> b.source() + " " + b.total().text() + " = " + b.parts().get(0).text())
                .toList();
    }

    /** The real budget's “三公”经费 in the text (10.81万元) against its 三公 table's 合计 (10.81, in 万元). */
    @Test
    void realThreePublicCostsTextAgainstTable() {
        Path file = Path.of("../../shared/real-pdf/putuo-sifaju-2026-dept-budget.pdf");
        assumeTrue(Files.isRegularFile(file), "no ../shared/real-pdf here");
        ParsedDocument doc = Relate.read(file);
        List<String> pairs = Relate.find(doc).relations().stream()
                .filter(r -> r instanceof Relation.ProseAndTable p && p.source().equals("table.三公=prose"))
                .map(r -> (Relation.ProseAndTable) r)
                .map(p -> p.prose().text() + " = " + p.cell().text() + " (" + p.cell().location().label() + ")")
                .toList();
        assertEquals(List.of("10.81万元 = 10.81 (page21:t9r4c1)"), pairs);
    }

    /** The 三公 table's own sums, in the generated tables (no 小计 column) and in a real budget (with one). */
    @Test
    void threePublicTableSums() {
        ParsedDocument generated = Relate.read(Path.of("../corpus/reports/budget-tables.pdf"));
        assertEquals(List.of("table.三公 31.13 = 0.00 + 25.00 + 5.33 + 0.80"), threePublic(generated));
        Path file = Path.of("../../shared/real-pdf/putuo-sifaju-2026-dept-budget.pdf");
        assumeTrue(Files.isRegularFile(file), "no ../shared/real-pdf here");
        ParsedDocument real = Relate.read(file);
        assertEquals(List.of("table.三公 10.81 = 0 + 9.98 + 0.83", "table.三公公务用车 9.98 = 0 + 9.98"), threePublic(real));
    }

    private static List<String> threePublic(ParsedDocument doc) {
        return Relate.find(doc).relations().stream()
                .filter(r -> r instanceof Relation.Breakdown b && b.source().startsWith("table.三公"))
                .map(r -> (Relation.Breakdown) r)
                .map(b -> b.source() + " " + b.total().text() + " = " + String.join(" + ",
                        b.parts().stream().map(f -> f.text()).toList()))
                .toList();
    }

    /**
     * Which standard tables a document holds, as codes: the generated tables hold four, the same in
     * the workbook and its PDF; the real budget holds all nine, the 政府性基金 and 国有资本经营 tables
     * printed empty with a note under each (the note under one is no caption of the next).
     */
    @Test
    void tableInventory() {
        for (String name : List.of("budget-tables.xlsx", "budget-tables.pdf")) {
            TableInventory tables = Relate.find(Relate.read(Path.of("../corpus/reports", name))).standardTables();
            assertEquals("income;basic_economic;three_public;expenditure",
                    tables.kinds(TableInventory.Status.PRESENT), name);
            assertEquals("appropriation_summary;income_expenditure_summary;general_public_function;government_fund;"
                    + "state_capital", tables.kinds(TableInventory.Status.MISSING), name);
        }
        Path file = Path.of("../../shared/real-pdf/putuo-sifaju-2026-dept-budget.pdf");
        assumeTrue(Files.isRegularFile(file), "no ../shared/real-pdf here");
        TableInventory real = Relate.find(Relate.read(file)).standardTables();
        assertEquals("appropriation_summary;income_expenditure_summary;income;general_public_function;"
                + "basic_economic;government_fund;state_capital;three_public;expenditure",
                real.kinds(TableInventory.Status.PRESENT));
        assertEquals("", real.kinds(TableInventory.Status.DECLARED_EMPTY));
        assertEquals("", real.kinds(TableInventory.Status.MISSING));
        assertTrue(Relate.find(Relate.read(Path.of("../corpus/reports/001_4993de9eea35429d.docx")))
                .standardTables().entries().isEmpty(), "a report without budget tables has no inventory");
    }

    /** A real department budget: its five shared totals found, and all equal (no finding). */
    @Test
    void realDepartmentBudget() {
        Path file = Path.of("../../shared/real-pdf/putuo-sifaju-2026-dept-budget.pdf");
        assumeTrue(Files.isRegularFile(file), "no ../shared/real-pdf here");
        ParsedDocument doc = Relate.read(file);
        assertEquals(List.of(
                "table.收入总计=支出总计 96,282,213.44 = 96,282,213.44",
                "table.收支总表=收入表 96,282,213.44 = 96282213.44",
                "table.收支总表=支出表 96,282,213.44 = 96282213.44",
                "table.财政拨款收入总计=支出总计 96,282,213.44 = 96,282,213.44",
                "table.财政拨款收支总表=一般公共预算支出表 96,282,213.44 = 96282213.44"), crossTable(doc));
    }

    /** Which standard tables a document holds and which it says are empty (本部门无政府性基金预算). */
    @Test
    void tablesPresentAndDeclaredEmpty() throws IOException {
        Path file = tmp.resolve("tables.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("本部门2026年无政府性基金预算收支，政府性基金预算支出功能分类预算表为空表。");
            doc.createParagraph().createRun().setText("2026年部门财务收支预算总表");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("收入总计");
            table.getRow(0).getCell(1).setText("100.00");
            doc.write(out);
        }
        ParsedDocument doc = Relate.read(file);
        Relation.TableSet set = Relate.find(doc).relations()
                .stream().filter(r -> r instanceof Relation.TableSet).map(r -> (Relation.TableSet) r)
                .findFirst().orElseThrow();
        assertEquals("income_expenditure_summary", set.inventory().kinds(TableInventory.Status.PRESENT));
        assertEquals(1, set.inventory().with(TableInventory.Status.PRESENT).get(0).table());
        assertEquals("government_fund", set.inventory().kinds(TableInventory.Status.DECLARED_EMPTY));
        assertEquals("appropriation_summary;income;general_public_function;basic_economic;state_capital;"
                + "three_public;expenditure", set.inventory().kinds(TableInventory.Status.MISSING));
    }

    /** A 收支总表 whose 支出总计 is not its 收入总计. */
    @Test
    void unbalancedSummaryIsAnError() throws IOException {
        Path file = tmp.resolve("summary.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("2026年部门财务收支预算总表");
            doc.createParagraph().createRun().setText("单位：元");
            String[][] rows = {{"项目", "预算数", "项目", "预算数"}, {"一、财政拨款收入", "100.00", "一、公共安全支出", "90.00"},
                    {"收入总计", "100.00", "支出总计", "90.00"}};
            XWPFTable table = doc.createTable(rows.length, 4);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 4; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            doc.write(out);
        }
        // the 收支总表 alone is also missing the other standard tables (a warning of its own)
        List<Finding> findings = Relate.PIPELINE.process(file, "t").findings().stream()
                .filter(f -> f.check().equals("breakdown_sum")).toList();
        assertEquals(List.of("parts 支出总计/预算数 90.00元 = 90.00元, the total 收入总计/预算数 states 100.00元: "
                + "10.00元 apart, beyond rounding (±0.01元)"), findings.stream().map(Finding::message).toList());
    }
}
