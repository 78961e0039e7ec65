package org.fiscalextract.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.check.Quote;

/**
 * A finding's quotes as check prints them, one line per sentence: where the figures stand, then
 * the sentence with each quoted figure in 【】. Quotes that follow each other from the same
 * sentence share a line ({@code f1 f2 f3 p3  合计【1302.76万元】，其中：拨款【1250.00万元】，…}); a
 * figure its sentence does not contain is shown before it ({@code 【8个】 in: 共八个}); a table
 * weight, which is not a fact, after the name of what it weighs ({@code 预算管理 【21】}).
 */
final class QuoteLines {
    private QuoteLines() {
    }

    /** The lines, their location columns padded to the same width. */
    static List<String> of(List<Quote> quotes) {
        List<String[]> lines = new ArrayList<>();
        int i = 0;
        while (i < quotes.size()) {
            int end = i + 1;
            while (end < quotes.size() && sameSentence(quotes.get(i), quotes.get(end))) {
                end++;
            }
            List<Quote> group = quotes.subList(i, end);
            Optional<String> shared = group.size() > 1 ? markAll(oneLine(group.get(0).sentence()), group)
                    : Optional.empty();
            if (shared.isPresent()) {
                List<String> ids = group.stream().map(Quote::factId).toList();
                lines.add(new String[] {String.join(" ", ids) + " " + group.get(0).location(), shared.get()});
            } else {
                group.forEach(q -> lines.add(new String[] {where(q), marked(q)}));
            }
            i = end;
        }
        int width = lines.stream().mapToInt(l -> DisplayWidth.of(l[0])).max().orElse(0);
        return lines.stream().map(l -> DisplayWidth.pad(l[0], width) + "  " + l[1]).toList();
    }

    /** One quote alone: its sentence with the figure marked, or the fallbacks the class describes. */
    static String marked(Quote q) {
        String sentence = oneLine(q.sentence());
        Optional<String> inSentence = markAll(sentence, List.of(q));
        if (inSentence.isPresent()) {
            return inSentence.get();
        }
        String text = "【" + oneLine(q.text()) + "】";
        if (sentence.isEmpty()) {
            return text;
        }
        return q.factId().isEmpty() ? sentence + " " + text : text + " in: " + sentence;
    }

    private static boolean sameSentence(Quote a, Quote b) {
        return !a.factId().isEmpty() && !b.factId().isEmpty() && a.location().equals(b.location())
                && a.sentence().equals(b.sentence()) && !a.sentence().isBlank();
    }

    private static String where(Quote q) {
        return q.factId().isEmpty() ? q.location() : q.factId() + " " + q.location();
    }

    /** The sentence with every quote's text in 【】, each at its first place not taken by another; empty if one is missing. */
    private static Optional<String> markAll(String sentence, List<Quote> quotes) {
        List<int[]> spans = new ArrayList<>();
        for (Quote q : quotes) {
            String text = oneLine(q.text());
            if (text.isEmpty()) {
                return Optional.empty();
            }
            int at = sentence.indexOf(text);
            while (at >= 0 && overlaps(spans, at, at + text.length())) {
                at = sentence.indexOf(text, at + 1);
            }
            if (at < 0) {
                return Optional.empty();
            }
            spans.add(new int[] {at, at + text.length()});
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        StringBuilder marked = new StringBuilder();
        int done = 0;
        for (int[] span : spans) {
            marked.append(sentence, done, span[0]).append('【').append(sentence, span[0], span[1]).append('】');
            done = span[1];
        }
        return Optional.of(marked.append(sentence.substring(done)).toString());
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(s -> start < s[1] && s[0] < end);
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
