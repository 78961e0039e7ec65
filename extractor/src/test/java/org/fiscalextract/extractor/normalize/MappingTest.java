package org.fiscalextract.extractor.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where each kind of output char points back to in the raw text. */
class MappingTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private static NormalizedText one(String raw, LineBreaks lineBreaks) {
        List<NormalizedText> segments = NORMALIZER.normalize(raw, lineBreaks);
        assertEquals(1, segments.size(), () -> segments.toString());
        return segments.get(0);
    }

    private static NormalizedText.Span span(NormalizedText text, int index) {
        return text.sourceSpan(index, index + 1);
    }

    @Test
    void keptCharsMapToThemselves() {
        NormalizedText t = one("预算执行率95.24%", LineBreaks.JOIN);
        for (int i = 0; i < t.length(); i++) {
            assertEquals(new NormalizedText.Span(i, i + 1), span(t, i));
        }
    }

    @Test
    void foldedCharsMapToTheirFullWidthSource() {
        String raw = "执行率９５．２４％";
        NormalizedText t = one(raw, LineBreaks.JOIN);
        assertEquals("执行率95.24%", t.text());
        assertEquals(new NormalizedText.Span(3, 4), span(t, 3));
        assertEquals('９', raw.charAt(t.sourceStart(3)));
        assertEquals('％', raw.charAt(t.sourceStart(8)));
    }

    @Test
    void collapsedSpaceMapsToTheWholeRun() {
        NormalizedText t = one("253.87\u3000\t \u3000253.87", LineBreaks.JOIN);
        assertEquals("253.87 253.87", t.text());
        assertEquals(new NormalizedText.Span(6, 10), span(t, 6));
        assertEquals(new NormalizedText.Span(10, 11), span(t, 7));
    }

    @Test
    void droppedSpaceLeavesAGap() {
        NormalizedText t = one("预算执行率 95.24%", LineBreaks.JOIN);
        assertEquals("预算执行率95.24%", t.text());
        assertEquals(new NormalizedText.Span(4, 5), span(t, 4));
        assertEquals(new NormalizedText.Span(6, 7), span(t, 5));
        assertEquals(new NormalizedText.Span(6, 12), t.sourceSpan(5, 11));
    }

    @Test
    void joinSpaceMapsToTheBreaksItReplaced() {
        NormalizedText crlf = one("Apache\r\nTika", LineBreaks.JOIN);
        assertEquals("Apache Tika", crlf.text());
        assertEquals(new NormalizedText.Span(6, 8), span(crlf, 6));

        NormalizedText blankLines = one("Apache  \n\n \nTika", LineBreaks.JOIN);
        assertEquals("Apache Tika", blankLines.text());
        assertEquals(new NormalizedText.Span(8, 12), span(blankLines, 6));
        assertEquals(new NormalizedText.Span(12, 13), span(blankLines, 7));
    }

    @Test
    void joinWithoutSpaceLeavesTheBreakAsAGap() {
        NormalizedText t = one("12.\n22%", LineBreaks.JOIN);
        assertEquals("12.22%", t.text());
        assertEquals(new NormalizedText.Span(2, 3), span(t, 2));
        assertEquals(new NormalizedText.Span(4, 5), span(t, 3));
    }

    @Test
    void removedResidueLeavesAGap() {
        String raw = "[bookmark: _Toc3813]预算[bookmark: OLE_LINK3]执行";
        NormalizedText t = one(raw, LineBreaks.JOIN);
        assertEquals("预算执行", t.text());
        assertEquals(new NormalizedText.Span(20, 21), span(t, 0));
        assertEquals(new NormalizedText.Span(raw.indexOf('执'), raw.indexOf('执') + 1), span(t, 2));
    }

    @Test
    void removedControlsLeaveAGap() {
        NormalizedText t = one("9\u200B5\u0007%", LineBreaks.JOIN);
        assertEquals("95%", t.text());
        assertEquals(new NormalizedText.Span(2, 3), span(t, 1));
        assertEquals(new NormalizedText.Span(4, 5), span(t, 2));
    }

    @Test
    void everySegmentPointsIntoTheWholeRawText() {
        String raw = "第一段到此结束。\n\n（二）第二段";
        List<NormalizedText> segments = NORMALIZER.normalize(raw, LineBreaks.PARAGRAPHS);
        assertEquals(2, segments.size());
        NormalizedText second = segments.get(1);
        assertEquals("（二）第二段", second.text());
        assertEquals(new NormalizedText.Span(raw.indexOf('（'), raw.length()), second.sourceSpan(0, second.length()));
        assertEquals(second.text(), raw.substring(second.sourceStart(0), second.sourceEnd(second.length() - 1)));
    }

    @Test
    void surrogatePairsMapCharByChar() {
        String raw = "𠙶 2024年";
        NormalizedText t = one(raw, LineBreaks.JOIN);
        assertEquals("𠙶2024年", t.text());
        assertEquals(new NormalizedText.Span(0, 1), span(t, 0));
        assertEquals(new NormalizedText.Span(1, 2), span(t, 1));
        assertEquals(new NormalizedText.Span(3, 4), span(t, 2));
    }
}
