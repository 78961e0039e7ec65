package org.fiscalextract.exporter.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.exporter.FindingsCsv;

/**
 * One quote of findings.quotes read back: {@code f28 p38 “80.57%”}, or {@code - t1r4c2 “履职效能（19分）”}
 * for a quoted text that is not a fact. The inverse of {@link FindingsCsv#quotes}.
 *
 * @param factId the fact quoted, empty for {@code -}
 */
record FindingQuote(String factId, String location, String text) {

    /**
     * A quote ends at a closing ” followed by the separator and the start of the next quote, or by
     * the end, so a quoted text may itself hold ” or " | ".
     */
    private static final Pattern QUOTE = Pattern.compile(
            "(\\S+) (\\S+) “(.*?)”(?=" + Pattern.quote(FindingsCsv.QUOTE_SEPARATOR) + "\\S+ \\S+ “|$)",
            Pattern.DOTALL);

    /** The quotes of one findings.quotes cell, in order; text that does not parse is left out. */
    static List<FindingQuote> parse(String column) {
        List<FindingQuote> quotes = new ArrayList<>();
        Matcher m = QUOTE.matcher(column);
        int at = 0;
        while (at < column.length() && m.find(at)) {
            quotes.add(new FindingQuote(m.group(1).equals("-") ? "" : m.group(1), m.group(2), m.group(3)));
            at = m.end() + FindingsCsv.QUOTE_SEPARATOR.length();
        }
        return quotes;
    }

    boolean isFact() {
        return !factId.isEmpty();
    }
}
