package org.fiscalextract.extractor.docfacts;

import org.fiscalextract.model.document.FactEvidence;
import org.fiscalextract.model.document.FactSource;

/**
 * A stretch of one source string (the canonical text, the metadata title or the path) with its
 * white space removed, so that names and years cut by line breaks or PDF spacing read whole;
 * {@code origin[i]} is where character {@code i} of {@link #text} stands in the source.
 */
final class Window {
    private final Zone zone;
    private final FactSource source;
    private final String full;
    private final String text;
    private final int[] origin;

    private Window(Zone zone, FactSource source, String full, String text, int[] origin) {
        this.zone = zone;
        this.source = source;
        this.full = full;
        this.text = text;
        this.origin = origin;
    }

    /** The part {@code [from, to)} of {@code full}, white space removed. */
    static Window of(Zone zone, FactSource source, String full, int from, int to) {
        int start = Math.max(0, Math.min(from, full.length()));
        int end = Math.max(start, Math.min(to, full.length()));
        StringBuilder text = new StringBuilder(end - start);
        int[] origin = new int[end - start];
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = full.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            text.append(c);
            origin[n++] = i;
        }
        int[] trimmed = new int[n];
        System.arraycopy(origin, 0, trimmed, 0, n);
        return new Window(zone, source, full, text.toString(), trimmed);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    Zone zone() {
        return zone;
    }

    FactSource source() {
        return source;
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** Where {@code [start, end)} of this window's text stands in its source. */
    int sourceStart(int start) {
        return origin[start];
    }

    int sourceEnd(int end) {
        return origin[end - 1] + 1;
    }

    /** Evidence for {@code [start, end)} of this window's text, quoted from the source. */
    FactEvidence evidence(int start, int end, String rule) {
        if (start >= end) {
            int at = start < origin.length ? origin[start] : (origin.length == 0 ? 0 : origin[origin.length - 1] + 1);
            return new FactEvidence(source, at, at, "", rule);
        }
        int s = sourceStart(start);
        int e = sourceEnd(end);
        return new FactEvidence(source, s, e, full.substring(s, e), rule);
    }

    /** A copy in another zone (the same characters read with another weight). */
    Window inZone(Zone other) {
        return new Window(other, source, full, text, origin);
    }

    @Override
    public String toString() {
        return zone + ":" + text;
    }
}
