package org.fiscalextract.extractor.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/**
 * The provenance contract, stated independently of the implementation: every output char
 * comes from a non-empty raw stretch that starts with that char itself, its full-width form
 * or (for a space) a white-space or line-break char; stretches are in order and disjoint.
 */
final class MappingInvariants {

    private MappingInvariants() {}

    static void check(String raw, List<NormalizedText> segments, String context) {
        int previousEnd = 0;
        for (NormalizedText segment : segments) {
            previousEnd = check(raw, segment, previousEnd, context);
        }
    }

    /** Checks one segment whose stretches must all start at or after {@code notBefore}; returns where its last stretch ends. */
    static int check(String raw, NormalizedText segment, int notBefore, String context) {
        String text = segment.text();
        int previousEnd = notBefore;
        for (int i = 0; i < text.length(); i++) {
            int start = segment.sourceStart(i);
            int end = segment.sourceEnd(i);
            char out = text.charAt(i);
            if (start < previousEnd) {
                fail(where(context, segment, i) + ", overlapping or before the previous stretch ending at " + previousEnd);
            }
            if (end <= start || end > raw.length()) {
                fail(where(context, segment, i) + ", which is empty or outside the raw text of length " + raw.length());
            }
            char source = raw.charAt(start);
            if (!producedBy(out, source)) {
                fail(where(context, segment, i) + ", whose first raw char is '" + source + "' (U+" + hex(source) + ")");
            }
            previousEnd = end;
        }
        return previousEnd;
    }

    /** Whether raw char {@code source} may be the first char of the stretch behind output char {@code out}. */
    static boolean producedBy(char out, char source) {
        if (out == source) {
            return true;
        }
        if (out == ' ') {
            return Character.isWhitespace(source) || Character.isSpaceChar(source) || source == '\u0085';
        }
        if (out == '-' && source == '\u2212') {
            return true;
        }
        // full-width forms FF01–FF5E are ASCII 21–7E shifted by FEE0
        return out > 0x20 && out < 0x7F && source == out + 0xFEE0;
    }

    /** Normalizing the text of a segment again with the same line-break policy changes nothing. */
    static void checkIdempotent(TextNormalizer normalizer, NormalizedText segment, LineBreaks lineBreaks, String context) {
        String text = segment.text();
        List<NormalizedText> again = normalizer.normalize(text, lineBreaks);
        if (text.isEmpty()) {
            assertEquals(lineBreaks == LineBreaks.JOIN ? 1 : 0, again.size(), context);
            return;
        }
        assertEquals(1, again.size(), () -> context + ": renormalizing \"" + text + "\" gave " + again);
        NormalizedText once = again.get(0);
        assertEquals(text, once.text(), context + ": renormalizing changed the text");
        for (int i = 0; i < text.length(); i++) {
            int index = i;
            assertTrue(once.sourceStart(i) == i && once.sourceEnd(i) == i + 1,
                    () -> context + ": renormalized char " + index + " maps to " + once.sourceSpan(index, index + 1));
        }
    }

    private static String where(String context, NormalizedText segment, int i) {
        return context + ": char " + i + " '" + segment.text().charAt(i) + "' of " + segment + " maps to "
                + segment.sourceSpan(i, i + 1);
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
