package org.fiscalextract.exporter.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.fiscalextract.exporter.ContractCsv;

/**
 * The excerpts of one document's text that show a finding's quotes: each quote with up to
 * {@link #RADIUS} characters either side, never past its line (one paragraph or table row). Where
 * a paragraph goes on past that reach, it is cut at the nearest sentence end inside the reach
 * (if any), so an excerpt starts and ends with whole sentences where it can. Quotes whose excerpts would
 * overlap share one, so three figures of one sentence are read in one sentence.
 */
final class FindingExcerpts {
    static final int RADIUS = 60;
    private static final String SENTENCE_ENDS = "。！？；";

    /** A quote found at {@code [start,end)}; {@code order} is its place in the finding. */
    private record Mark(int order, FindingQuote quote, int start, int end) {
    }

    private final String text;
    private final QuoteLocator locator;

    /** @param text the document's canonical text, or null when its text file is missing */
    FindingExcerpts(String text) {
        this.text = text;
        this.locator = text == null ? null : new QuoteLocator(text);
    }

    /**
     * @param facts the document's facts that the quotes name, by fact id
     * @param hints for a quote that is no fact: the start of a fact at its location or in its table row
     */
    List<Excerpt> of(List<FindingQuote> quotes, Map<String, ContractCsv.Row> facts,
            Map<String, QuoteLocator.Hint> hints) {
        List<Mark> marks = new ArrayList<>();
        List<Excerpt> excerpts = new ArrayList<>();
        List<Integer> orders = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            FindingQuote quote = quotes.get(i);
            OptionalInt start = text == null ? OptionalInt.empty() : locate(quote, facts.get(quote.factId()), hints);
            if (start.isPresent()) {
                marks.add(new Mark(i, quote, start.getAsInt(), start.getAsInt() + quote.text().length()));
            } else {
                excerpts.add(Excerpt.notFound(quote));
                orders.add(i);
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparingInt(Mark::end));
        List<Mark> group = new ArrayList<>();
        int from = 0;
        int to = 0;
        for (Mark mark : marks) {
            int markFrom = windowStart(mark.start());
            if (!group.isEmpty() && markFrom > to) {
                excerpts.add(excerpt(group, from, to));
                orders.add(group.stream().mapToInt(Mark::order).min().orElseThrow());
                group.clear();
            }
            if (group.isEmpty()) {
                from = markFrom;
                to = windowEnd(mark.end());
            } else {
                from = Math.min(from, markFrom);
                to = Math.max(to, windowEnd(mark.end()));
            }
            group.add(mark);
        }
        if (!group.isEmpty()) {
            excerpts.add(excerpt(group, from, to));
            orders.add(group.stream().mapToInt(Mark::order).min().orElseThrow());
        }
        List<Integer> byOrder = new ArrayList<>();
        for (int i = 0; i < excerpts.size(); i++) {
            byOrder.add(i);
        }
        byOrder.sort(Comparator.comparingInt(orders::get));
        return byOrder.stream().map(excerpts::get).toList();
    }

    /** A fact's own offsets when they hold its text; otherwise a search for the text. */
    private OptionalInt locate(FindingQuote quote, ContractCsv.Row fact, Map<String, QuoteLocator.Hint> hints) {
        QuoteLocator.Hint hint = null;
        if (fact != null) {
            int start = TextLines.offset(fact.get("start"));
            int end = TextLines.offset(fact.get("end"));
            if (start >= 0 && start <= end && end <= text.length()
                    && text.substring(start, end).equals(quote.text())) {
                return OptionalInt.of(start);
            }
            hint = new QuoteLocator.Hint(start, fact.get("location"));
        }
        if (hint == null) {
            hint = hints.getOrDefault(quote.location(), hints.get(QuoteLocator.rowKey(quote.location())));
        }
        return locator.find(quote.text(), quote.location(), hint);
    }

    /**
     * Whether the line holding {@code offset} is a paragraph, not a table row (cells split by
     * tabs): a row is cut by length only, since a sentence end inside one cell says nothing
     * about the cells that give a figure its meaning.
     */
    private boolean isProse(int offset) {
        int lineStart = TextLines.start(text, offset);
        int tab = text.indexOf('\t', lineStart);
        return tab < 0 || tab >= TextLines.end(text, offset);
    }

    private Excerpt excerpt(List<Mark> group, int from, int to) {
        List<Mark> marks = new ArrayList<>(group);
        List<Excerpt.Piece> pieces = new ArrayList<>();
        int at = from;
        int i = 0;
        while (i < marks.size()) {
            int start = marks.get(i).start();
            int end = marks.get(i).end();
            // overlapping quotes (a figure inside a quoted phrase) are marked as one
            while (i + 1 < marks.size() && marks.get(i + 1).start() < end) {
                end = Math.max(end, marks.get(++i).end());
            }
            i++;
            if (start > at) {
                pieces.add(new Excerpt.Piece(text.substring(at, start), false));
            }
            pieces.add(new Excerpt.Piece(text.substring(Math.max(start, at), end), true));
            at = end;
        }
        if (to > at) {
            pieces.add(new Excerpt.Piece(text.substring(at, to), false));
        }
        marks.sort(Comparator.comparingInt(Mark::order));
        return new Excerpt(marks.stream().map(Mark::quote).toList(), pieces, from > TextLines.start(text, from),
                to < TextLines.end(text, to), true);
    }

    /** RADIUS characters back, not before the line, from after a sentence end if one is that near. */
    private int windowStart(int start) {
        int lineStart = TextLines.start(text, start);
        int from = Math.max(lineStart, start - RADIUS);
        if (from > lineStart && isProse(lineStart)) {
            for (int i = start - 1; i >= from; i--) {
                if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                    return i + 1;
                }
            }
        }
        return from < start && Character.isLowSurrogate(text.charAt(from)) ? from + 1 : from;
    }

    /** RADIUS characters on, not past the line, up to a sentence end if one is that near. */
    private int windowEnd(int end) {
        int lineEnd = TextLines.end(text, end);
        int to = Math.min(lineEnd, end + RADIUS);
        if (to < lineEnd && isProse(lineEnd)) {
            for (int i = end; i < to; i++) {
                if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                    return i + 1;
                }
            }
        }
        return to > end && to < text.length() && Character.isLowSurrogate(text.charAt(to)) ? to - 1 : to;
    }
}
