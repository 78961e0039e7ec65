package org.fiscalextract.extractor.normalize;

import java.util.Arrays;
import java.util.Objects;

/**
 * Normalized text plus, for each char {@code i}, the raw stretch
 * {@code [sourceStart[i], sourceEnd[i])} that produced it: offsets into the raw string that
 * was given to {@link TextNormalizer#normalize}.
 *
 * <p>Stretches are in order and never overlap ({@code sourceEnd[i] <= sourceStart[i + 1]}).
 * Raw text that was removed (Word residue, control characters, dropped spaces) lies in the
 * gaps between them. The arrays are copied on the way in and out; prefer
 * {@link #sourceStart(int)}, {@link #sourceEnd(int)} and {@link #sourceSpan(int, int)}
 * in loops.
 */
public record NormalizedText(String text, int[] sourceStart, int[] sourceEnd) {

    /** A half-open stretch {@code [start, end)} of the raw text. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
            }
        }

        public int length() {
            return end - start;
        }

        @Override
        public String toString() {
            return "[" + start + "," + end + ")";
        }
    }

    public NormalizedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceStart, "sourceStart");
        Objects.requireNonNull(sourceEnd, "sourceEnd");
        if (sourceStart.length != text.length() || sourceEnd.length != text.length()) {
            throw new IllegalArgumentException("text has " + text.length() + " chars but "
                    + sourceStart.length + " starts and " + sourceEnd.length + " ends");
        }
        sourceStart = sourceStart.clone();
        sourceEnd = sourceEnd.clone();
        int previousEnd = 0;
        for (int i = 0; i < sourceStart.length; i++) {
            if (sourceStart[i] < previousEnd || sourceEnd[i] < sourceStart[i]) {
                throw new IllegalArgumentException("char " + i + " maps to [" + sourceStart[i] + ","
                        + sourceEnd[i] + "), which is not after the previous stretch ending at " + previousEnd);
            }
            previousEnd = sourceEnd[i];
        }
    }

    /** An empty text that stands for nothing in the raw text. */
    public static NormalizedText empty() {
        return new NormalizedText("", new int[0], new int[0]);
    }

    public int length() {
        return text.length();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** A copy of the start offsets. */
    @Override
    public int[] sourceStart() {
        return sourceStart.clone();
    }

    /** A copy of the end offsets. */
    @Override
    public int[] sourceEnd() {
        return sourceEnd.clone();
    }

    public int sourceStart(int index) {
        return sourceStart[index];
    }

    public int sourceEnd(int index) {
        return sourceEnd[index];
    }

    /**
     * The raw stretch behind the normalized chars {@code [from, to)}: from the start of the
     * first char's stretch to the end of the last one's. An empty range maps to an empty
     * span where char {@code from} starts (or where the text ends).
     */
    public Span sourceSpan(int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        if (from < to) {
            return new Span(sourceStart[from], sourceEnd[to - 1]);
        }
        int at = from < sourceStart.length ? sourceStart[from] : sourceEnd.length == 0 ? 0 : sourceEnd[sourceEnd.length - 1];
        return new Span(at, at);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedText other
                && text.equals(other.text)
                && Arrays.equals(sourceStart, other.sourceStart)
                && Arrays.equals(sourceEnd, other.sourceEnd);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * text.hashCode() + Arrays.hashCode(sourceStart)) + Arrays.hashCode(sourceEnd);
    }

    /**
     * The text and its mapping, with runs of chars whose stretches follow one another
     * without a gap merged: {@code NormalizedText["执行率95.24%" ← [0,3)[4,10)]}.
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("NormalizedText[\"").append(text).append("\" ←");
        if (sourceStart.length == 0) {
            return s.append(" nothing]").toString();
        }
        s.append(' ');
        int runStart = sourceStart[0];
        int runEnd = sourceEnd[0];
        for (int i = 1; i < sourceStart.length; i++) {
            if (sourceStart[i] != runEnd) {
                s.append('[').append(runStart).append(',').append(runEnd).append(')');
                runStart = sourceStart[i];
            }
            runEnd = sourceEnd[i];
        }
        return s.append('[').append(runStart).append(',').append(runEnd).append(")]").toString();
    }
}
