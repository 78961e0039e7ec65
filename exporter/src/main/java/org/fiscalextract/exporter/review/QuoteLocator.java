package org.fiscalextract.exporter.review;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a quoted text that is not a fact (a table weight, the wording a rate contradicts) in
 * the canonical text. Its location ({@code p57}, {@code t1r4c2}) names a paragraph or cell, not
 * offsets, so the search starts from the line of a fact at the same location or in the same
 * table row (a {@link Hint}). A cell is matched as a whole tab-separated field; since a row's
 * line leaves out cells merged from the row above, its fields are lined up with columns by the
 * hint's fact. Without a hint only a text that occurs exactly once in the document is taken.
 */
final class QuoteLocator {
    private static final Pattern CELL = Pattern.compile("(.*t\\d+r\\d+)c(\\d+)$");

    /** A fact at {@code start} whose location is {@code location}: where to look for a quote. */
    record Hint(int start, String location) {
    }

    private final String text;

    QuoteLocator(String text) {
        this.text = text;
    }

    /** The key under which a fact's line helps to find quotes in the same table row; empty if no cell. */
    static String rowKey(String location) {
        Matcher m = CELL.matcher(location);
        return m.matches() ? m.group(1) : "";
    }

    /** Where {@code quoted}, quoted at {@code location}, starts; the hint may be null. */
    OptionalInt find(String quoted, String location, Hint hint) {
        if (quoted.isEmpty()) {
            return OptionalInt.empty();
        }
        if (hint != null && hint.start() >= 0 && hint.start() <= text.length()) {
            int lineStart = TextLines.start(text, hint.start());
            int lineEnd = TextLines.end(text, hint.start());
            OptionalInt inCell = inField(quoted, location, hint, lineStart, lineEnd);
            if (inCell.isPresent()) {
                return inCell;
            }
            int at = text.indexOf(quoted, lineStart);
            if (at >= 0 && at + quoted.length() <= lineEnd) {
                return OptionalInt.of(at);
            }
        }
        int first = text.indexOf(quoted);
        return first >= 0 && text.indexOf(quoted, first + 1) < 0 ? OptionalInt.of(first) : OptionalInt.empty();
    }

    /** The tab-separated field equal to {@code quoted} nearest the field the location's column falls on. */
    private OptionalInt inField(String quoted, String location, Hint hint, int lineStart, int lineEnd) {
        Matcher cell = CELL.matcher(location);
        Matcher hintCell = CELL.matcher(hint.location());
        if (!cell.matches()) {
            return OptionalInt.empty();
        }
        List<Integer> fieldStarts = new ArrayList<>();
        fieldStarts.add(lineStart);
        int hintField = 0;
        for (int i = lineStart; i < lineEnd; i++) {
            if (text.charAt(i) == '\t') {
                fieldStarts.add(i + 1);
                if (i < hint.start()) {
                    hintField++;
                }
            }
        }
        int column = Integer.parseInt(cell.group(2));
        int expected = hintCell.matches() ? column - Integer.parseInt(hintCell.group(2)) + hintField : column - 1;
        int best = -1;
        for (int f = 0; f < fieldStarts.size(); f++) {
            int start = fieldStarts.get(f);
            int end = f + 1 < fieldStarts.size() ? fieldStarts.get(f + 1) - 1 : lineEnd;
            if (text.substring(start, end).strip().equals(quoted)
                    && (best < 0 || Math.abs(f - expected) < Math.abs(best - expected))) {
                best = f;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(text.indexOf(quoted, fieldStarts.get(best)));
    }
}
