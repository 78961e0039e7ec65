package org.fiscalextract.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.fiscalextract.extractor.ingest.RawItem.RawCell;
import org.junit.jupiter.api.Test;

/** Word's merges, read from the XML, turn Tika's flat rows into cells with spans. */
class WordSpansTest {
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

    // 一级指标 spans two rows; 绩效指标 spans three columns; the second row skips one grid column
    private static final String DOCUMENT = "<w:document " + W + "><w:body>"
            + "<w:p/>"
            + "<w:tbl>"
            + "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr></w:tc>"
            + "<w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr></w:tc></w:tr>"
            + "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr></w:tc><w:tc/><w:tc/><w:tc>"
            + "<w:tbl><w:tr><w:tc/><w:tc/></w:tr></w:tbl>" // nested: not a table of its own
            + "</w:tc></w:tr>"
            + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr><w:tc/><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr></w:tc></w:tr>"
            + "</w:tbl>"
            + "<mc:AlternateContent><mc:Choice/><mc:Fallback><w:tbl><w:tr><w:tc/></w:tr></w:tbl></mc:Fallback></mc:AlternateContent>"
            + "<w:tbl><w:tr><w:tc/><w:tc/></w:tr></w:tbl>"
            + "</w:body></w:document>";

    @Test
    void readsTopLevelTablesWithSpansAndMerges() throws Exception {
        List<WordTableLayout> tables = DocxLayoutReader.read(
                new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, tables.size(), "nested and fallback tables are not tables of their own");
        WordTableLayout first = tables.get(0);
        assertEquals(3, first.rows().size());
        assertEquals(List.of(2, 4, 2), first.rows().stream().map(r -> r.cells().size()).toList());
        assertEquals(3, first.rows().get(0).cells().get(1).gridSpan());
        assertEquals(WordTableLayout.VerticalMerge.RESTART, first.rows().get(0).cells().get(0).verticalMerge());
        assertEquals(WordTableLayout.VerticalMerge.CONTINUE, first.rows().get(1).cells().get(0).verticalMerge());
        assertEquals(1, first.rows().get(2).gridBefore());
    }

    @Test
    void mergedCellsBecomeSpansAndCoveredCellsDisappear() throws Exception {
        List<WordTableLayout> layouts = DocxLayoutReader.read(
                new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)));
        // what Tika delivers: the covered cell of the vertical merge comes as an empty cell
        RawItem.Grid fromTika = new RawItem.Grid(List.of(
                cells("一级指标", "绩效指标"),
                cells("", "二级", "三级", "指标值"),
                cells("合计", "98.6")), 0);
        List<String> warnings = new ArrayList<>();
        List<RawItem> items = WordSpans.apply(List.of(fromTika, new RawItem.Grid(List.of(cells("a", "b")), 0)),
                layouts, warnings);
        assertEquals(List.of(), warnings);
        GridPlacement placement = GridPlacement.place(((RawItem.Grid) items.get(0)).rows());
        String placed = placement.cells().stream()
                .filter(p -> !p.cell().phantom())
                .map(p -> p.cell().text() + "@" + p.row() + "," + p.col() + "/" + p.rowSpan() + "x" + p.colSpan())
                .collect(Collectors.joining(" "));
        assertEquals("一级指标@0,0/2x1 绩效指标@0,1/1x3 二级@1,1/1x1 三级@1,2/1x1 指标值@1,3/1x1 "
                + "合计@2,1/1x1 98.6@2,2/1x2", placed);
        assertEquals(4, placement.columnCount());
    }

    @Test
    void aLayoutThatDoesNotMatchIsLeftAloneWithAWarning() throws Exception {
        List<WordTableLayout> layouts = DocxLayoutReader.read(
                new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)));
        RawItem.Grid fromTika = new RawItem.Grid(List.of(cells("a", "b", "c")), 0);
        List<String> warnings = new ArrayList<>();
        List<RawItem> items = WordSpans.apply(List.of(fromTika), layouts, warnings);
        assertEquals(fromTika, items.get(0));
        assertEquals(1, warnings.size());
    }

    private static List<RawCell> cells(String... texts) {
        return java.util.Arrays.stream(texts).map(RawCell::of).toList();
    }
}
