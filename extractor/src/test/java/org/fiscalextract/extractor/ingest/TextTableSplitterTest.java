package org.fiscalextract.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Tables in text that Tika (or a tool like it) extracted from Word: tab-led cell lines, blank lines between rows. */
class TextTableSplitterTest {

    @Test
    void tabLedLinesBecomeRowsOfCells() {
        String text = "附表：\n"
                + " \t项目名称\n\t信创项目资金\n\n"
                + "\t总额\n\t0.00\n\t0.74\n\n"
                + "\t评价结论\n\t结合年初绩效指标，\n通过自评，自评总分100分。\n\n\n"
                + "项目负责人：许晓云\n";
        List<RawItem> items = TextTableSplitter.split(text);
        assertEquals(3, items.size());
        assertInstanceOf(RawItem.Text.class, items.get(0));
        RawItem.Grid grid = assertInstanceOf(RawItem.Grid.class, items.get(1));
        assertEquals("项目名称|信创项目资金 / 总额|0.00|0.74 / 评价结论|结合年初绩效指标，\n通过自评，自评总分100分。", show(grid));
        assertEquals("项目负责人：许晓云\n", ((RawItem.Text) items.get(2)).text());
    }

    @Test
    void aLineStartingWithSpaceAndTabStartsTheNextTable() {
        List<RawItem> items = TextTableSplitter.split(" \t表一\n\n\t98.6\n \t附表2\n\n\t项目名称\n");
        assertEquals(2, items.size());
        assertEquals("表一 / 98.6", show((RawItem.Grid) items.get(0)));
        assertEquals("附表2 / 项目名称", show((RawItem.Grid) items.get(1)));
    }

    @Test
    void textWithoutTabLinesIsProse() {
        List<RawItem> items = TextTableSplitter.split("一、绩效目标\n预算执行率95.24%。\n");
        assertEquals(1, items.size());
        assertInstanceOf(RawItem.Text.class, items.get(0));
    }

    @Test
    void rowsOfEmptyCellsAreDropped() {
        List<RawItem> items = TextTableSplitter.split(" \t甲\n\n\t\n\t\n\n\t乙\n");
        assertEquals("甲 / 乙", show((RawItem.Grid) items.get(0)));
    }

    private static String show(RawItem.Grid grid) {
        return grid.rows().stream()
                .map(row -> row.stream().map(RawItem.RawCell::text).collect(Collectors.joining("|")))
                .collect(Collectors.joining(" / "));
    }
}
