package org.fiscalextract.exporter.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.fiscalextract.exporter.ContractCsv;
import org.fiscalextract.exporter.ContractSchema;
import org.junit.jupiter.api.Test;

class FindingExcerptsTest {
    private static final String TEXT = "第一部分。\n"
            + "前".repeat(70) + "。2024年度项目预算资金总额为1302.76万元，其中：上级财政下达10.53万元。以下是说明" + "后".repeat(60) + "\n"
            + "支出执行进度\t9\t部门1至12月预算执行情况\t得分公式。\t9\t\n";

    /** A line that goes on past the reach is cut at the sentence ends within it, if any. */
    @Test
    void aSentenceWithinReachIsShownWhole() {
        Excerpt e = one(TEXT, List.of(quote("f1", "1302.76万元")), Map.of("f1", fact("f1", TEXT, "1302.76万元", "p2")));
        assertEquals("2024年度项目预算资金总额为[1302.76万元]，其中：上级财政下达10.53万元。", shown(e));
        assertTrue(e.clippedBefore());
        assertTrue(e.clippedAfter());
    }

    @Test
    void aLongLineIsCutAtTheRadiusAndNeverPastTheLine() {
        String line = "说".repeat(100) + "100万元" + "明".repeat(100);
        String text = "上一行\n" + line + "\n下一行";
        Excerpt e = one(text, List.of(quote("f1", "100万元")), Map.of("f1", fact("f1", text, "100万元", "p2")));
        assertEquals("说".repeat(60) + "[100万元]" + "明".repeat(60), shown(e));
        assertTrue(e.clippedBefore() && e.clippedAfter());

        String shortText = "上一行\n共100万元\n下一行";
        Excerpt whole = one(shortText, List.of(quote("f1", "100万元")), Map.of("f1", fact("f1", shortText, "100万元", "p2")));
        assertEquals("共[100万元]", shown(whole));
        assertFalse(whole.clippedBefore() || whole.clippedAfter());
    }

    @Test
    void quotesOfOneSentenceShareAnExcerptInTheFindingsOrder() {
        List<FindingQuote> quotes = List.of(quote("f2", "10.53万元"), quote("f1", "1302.76万元"));
        List<Excerpt> excerpts = new FindingExcerpts(TEXT).of(quotes,
                Map.of("f1", fact("f1", TEXT, "1302.76万元", "p2"), "f2", fact("f2", TEXT, "10.53万元", "p2")), Map.of());
        assertEquals(1, excerpts.size());
        assertEquals(quotes, excerpts.get(0).quotes());
        assertEquals("2024年度项目预算资金总额为[1302.76万元]，其中：上级财政下达[10.53万元]。", shown(excerpts.get(0)));
    }

    @Test
    void aTableWeightIsFoundInItsColumnThoughTheRowLeavesOutMergedCells() {
        // the row's first two cells are merged from the row above: field 1 is column 4, as the fact in column 7 shows
        int score = TEXT.lastIndexOf("\t9\t") + 1;
        Excerpt e = one(TEXT, List.of(quote("", "9", "t1r10c4")),
                Map.of(), Map.of("t1r10", new QuoteLocator.Hint(score, "t1r10c7")));
        assertEquals("支出执行进度\t[9]\t部门1至12月预算执行情况\t得分公式。\t9\t", shown(e));
    }

    @Test
    void wordingThatIsNoFactIsFoundInTheParagraphOfAFactAtItsLocation() {
        int start = TEXT.indexOf("1302.76万元");
        Excerpt e = one(TEXT, List.of(quote("", "以下是说明", "p2")), Map.of(), Map.of("p2", new QuoteLocator.Hint(start, "p2")));
        assertTrue(e.located());
        assertTrue(shown(e).contains("[以下是说明]"), shown(e));
    }

    @Test
    void offsetsThatDoNotHoldTheFactsTextAreNotTrusted() {
        ContractCsv.Row wrong = row("f1", 0, 9, "p2", "10.53万元");
        Excerpt e = one(TEXT, List.of(quote("f1", "10.53万元")), Map.of("f1", wrong));
        assertTrue(e.located());
        assertTrue(shown(e).contains("上级财政下达[10.53万元]"), shown(e));
    }

    @Test
    void aQuoteNotInTheTextOrWithoutTextStandsAlone() {
        Excerpt missing = one(TEXT, List.of(quote("", "决算数小于预算数", "p9")), Map.of());
        assertFalse(missing.located());
        assertEquals("[决算数小于预算数]", shown(missing));

        List<Excerpt> noText = new FindingExcerpts(null).of(List.of(quote("f1", "1302.76万元"), quote("f2", "10.53万元")),
                Map.of("f1", fact("f1", TEXT, "1302.76万元", "p2")), Map.of());
        assertEquals(List.of("[1302.76万元]", "[10.53万元]"), noText.stream().map(FindingExcerptsTest::shown).toList());
    }

    @Test
    void aTextThatOccursMoreThanOnceIsNotGuessedWithoutAHint() {
        assertFalse(one(TEXT, List.of(quote("", "9", "t1r10c4")), Map.of()).located());
    }

    private static Excerpt one(String text, List<FindingQuote> quotes, Map<String, ContractCsv.Row> facts) {
        return one(text, quotes, facts, Map.of());
    }

    private static Excerpt one(String text, List<FindingQuote> quotes, Map<String, ContractCsv.Row> facts,
            Map<String, QuoteLocator.Hint> hints) {
        List<Excerpt> excerpts = new FindingExcerpts(text).of(quotes, facts, hints);
        assertEquals(1, excerpts.size(), () -> excerpts.toString());
        return excerpts.get(0);
    }

    /** The excerpt as text with its marked pieces in brackets. */
    private static String shown(Excerpt e) {
        StringBuilder s = new StringBuilder();
        for (Excerpt.Piece p : e.pieces()) {
            s.append(p.marked() ? "[" + p.text() + "]" : p.text());
        }
        return s.toString();
    }

    private static FindingQuote quote(String factId, String text) {
        return new FindingQuote(factId, "p2", text);
    }

    private static FindingQuote quote(String factId, String text, String location) {
        return new FindingQuote(factId, location, text);
    }

    private static ContractCsv.Row fact(String factId, String text, String quoted, String location) {
        int start = text.indexOf(quoted);
        return row(factId, start, start + quoted.length(), location, quoted);
    }

    private static ContractCsv.Row row(String factId, int start, int end, String location, String quoted) {
        List<String> values = new ArrayList<>(Collections.nCopies(ContractSchema.FACTS.header().size(), ""));
        List<String> header = ContractSchema.FACTS.header();
        values.set(header.indexOf("fact_id"), factId);
        values.set(header.indexOf("start"), Integer.toString(start));
        values.set(header.indexOf("end"), Integer.toString(end));
        values.set(header.indexOf("location"), location);
        values.set(header.indexOf("text"), quoted);
        return new ContractCsv.Row(ContractSchema.FACTS, values);
    }
}
