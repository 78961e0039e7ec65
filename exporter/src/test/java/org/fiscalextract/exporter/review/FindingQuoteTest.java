package org.fiscalextract.exporter.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.fiscalextract.exporter.FindingsCsv;
import org.fiscalextract.model.check.Quote;
import org.junit.jupiter.api.Test;

class FindingQuoteTest {

    @Test
    void factsAndQuotedTextThatIsNoFact() {
        assertEquals(List.of(new FindingQuote("f59", "p57", "100%"), new FindingQuote("", "p57", "决算数小于预算数")),
                FindingQuote.parse("f59 p57 “100%” | - p57 “决算数小于预算数”"));
    }

    @Test
    void aQuotedTextMayHoldQuotesAndTheSeparator() {
        assertEquals(List.of(new FindingQuote("f1", "page3:t1r2c3", "“三公”经费 | 合计"), new FindingQuote("f2", "p4", "5”")),
                FindingQuote.parse("f1 page3:t1r2c3 ““三公”经费 | 合计” | f2 p4 “5””"));
    }

    @Test
    void anEmptyColumnHasNoQuotes() {
        assertEquals(List.of(), FindingQuote.parse(""));
    }

    @Test
    void theInverseOfTheWriter() {
        List<Quote> quotes = List.of(new Quote("f2", "1302.76万元", "预算资金总额为1302.76万元", "p2"),
                new Quote("", "21", "预算编制", "t1r3c4"));
        assertEquals(List.of(new FindingQuote("f2", "p2", "1302.76万元"), new FindingQuote("", "t1r3c4", "21")),
                FindingQuote.parse(FindingsCsv.quotes(quotes)));
    }
}
