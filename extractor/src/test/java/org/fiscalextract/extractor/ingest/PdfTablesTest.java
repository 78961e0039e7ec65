package org.fiscalextract.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.Table;
import org.fiscalextract.model.document.TableCell;
import org.junit.jupiter.api.Test;

/** Tables rebuilt from a PDF's rulings, against the same tables read from the files they were printed from. */
class PdfTablesTest {
    private static final DocumentReader READER = new DocumentReader(ReaderConfig.defaults());
    private static final Path REPORTS = Path.of("../corpus/reports");
    private static final Path REAL = Path.of("../../shared/real-pdf");

    private static ParsedDocument read(Path file) {
        return READER.read(file, "t").document().orElseThrow();
    }

    /** Each cell as row, column, spans and text (whitespace removed: PDF text spaces out Chinese and digits). */
    private static List<String> cells(ParsedDocument doc, Table table, int fromRow) {
        List<String> cells = new ArrayList<>();
        for (TableCell c : table.cells()) {
            if (c.row() >= fromRow) {
                cells.add((c.row() - fromRow) + "," + c.col() + " " + c.rowSpan() + "x" + c.colSpan() + " "
                        + doc.block(c.block()).text().replaceAll("\\s+", ""));
            }
        }
        return cells;
    }

    /**
     * budget-tables.pdf is budget-tables.xlsx printed by LibreOffice: every ruled cell comes back
     * with its text and spans (the sheet's caption rows 0–1 are not ruled: they are text above),
     * the third table joined over its page break without the header repeated there.
     */
    @Test
    void everyCellOfTheGeneratedBudgetTables() {
        ParsedDocument xlsx = read(REPORTS.resolve("budget-tables.xlsx"));
        ParsedDocument pdf = read(REPORTS.resolve("budget-tables.pdf"));
        assertEquals(4, pdf.tables().size());
        for (int t = 0; t < 3; t++) {
            assertEquals(cells(xlsx, xlsx.tables().get(t), 2), cells(pdf, pdf.tables().get(t), 0), "table " + t);
        }
        assertEquals(1, pdf.tables().get(0).page());
        assertEquals(2, pdf.tables().get(1).page());
        assertEquals(3, pdf.tables().get(2).page()); // over pages 3 and 4, its header printed again on 4
        Table continued = pdf.tables().get(2);
        TableCell top = continued.cells().get(0);
        TableCell bottom = continued.cells().get(continued.cells().size() - 1);
        assertEquals("page3:t3r1c1", pdf.block(top.block()).location().label());
        assertEquals("page4:t3r38c5", pdf.block(bottom.block()).location().label(), "the rows on page 4 say so");
        TableCell first = pdf.tables().get(1).cells().get(0);
        assertEquals(new Location.Cell(2, 2, 0, 0), pdf.block(first.block()).location());
        assertTrue(pdf.text().contains("编制部门：上海市普陀区司法局单位：万元"), "the caption lines stay text");
    }

    /** The 收入预算总表 on page 5 is printed without lines: its columns are where its text stands. */
    @Test
    void anUnruledTableByTheAlignmentOfItsText() {
        ParsedDocument pdf = read(REPORTS.resolve("budget-tables.pdf"));
        Table table = pdf.tables().get(3);
        assertEquals(5, table.page());
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            StringBuilder row = new StringBuilder();
            for (TableCell c : table.row(r)) {
                row.append(c.col() == 0 ? "" : "|").append(pdf.block(c.block()).text());
            }
            rows.add(row.toString());
        }
        assertEquals(List.of("类|款|项|科目名称|合计|财政拨款收入|其他收入",
                "204|||公共安全支出|8726.73|8726.73|0.00",
                "204|06||司法|8726.73|8726.73|0.00",
                "204|06|01|行政运行|1672.67|1672.67|0.00",
                "204|06|99|其他司法支出|7054.06|7054.06|0.00",
                "221|||住房保障支出|452.16|440.00|12.16",
                "221|02||住房改革支出|452.16|440.00|12.16",
                "221|02|01|住房公积金|208.80|200.00|8.80",
                "221|02|03|购房补贴|243.36|240.00|3.36",
                "合计||||9178.89|9166.73|12.16"), rows);
    }

    /** 004's tables printed from Word break over pages and rows; joined again they are the Word tables. */
    @Test
    void seed004TablesAcrossPageBreaksAreTheWordTables() {
        ParsedDocument docx = read(REPORTS.resolve("004_8a99ebaca312e0ad.docx"));
        ParsedDocument pdf = read(REPORTS.resolve("004_8a99ebaca312e0ad.pdf"));
        assertEquals(docx.tables().size(), pdf.tables().size());
        for (int t = 0; t < docx.tables().size(); t++) {
            assertEquals(cells(docx, docx.tables().get(t), 0), cells(pdf, pdf.tables().get(t), 0), "table " + t);
        }
    }

    /** A real district bureau's budget (WPS export): its standard tables, codes apart, 合计 rows whole. */
    @Test
    void realDepartmentBudget() {
        Path file = REAL.resolve("putuo-sifaju-2026-dept-budget.pdf");
        assumeTrue(Files.isRegularFile(file), "no ../shared/real-pdf here");
        ParsedDocument pdf = read(file);
        List<String> firstRows = new ArrayList<>();
        for (Table table : pdf.tables()) {
            firstRows.add(table.page() + ":" + table.rowCount() + "x" + table.columnCount() + " "
                    + cells(pdf, table, 0).get(0).replaceFirst("^\\S+ \\S+ ", ""));
        }
        // the nine standard tables its contents list names, each found whole (支出 and 一般公共预算 over two pages)
        assertEquals(List.of("10:16x4 本年收入", "11:25x9 项目", "12:25x7 项目", "14:16x7 财政拨款收入", "15:25x7 项目",
                "17:16x7 项目", "18:16x7 项目", "19:33x6 项目", "21:4x7 “三公”经费预算数"), firstRows);
    }
}
