package org.fiscalextract.model.document;

import java.util.Arrays;
import java.util.Objects;

/**
 * Maps every character of a canonical text back to the stretch of source text (the text as the
 * parser delivered it, before normalization) that produced it. Inserted separators map to an
 * empty stretch at the place they were inserted.
 */
public final class SourceMap {
    private final String source;
    private final int[] sourceStart;
    private final int[] sourceEnd;

    /**
     * @param source      the text as the parser delivered it
     * @param sourceStart for canonical char i, where its source stretch starts
     * @param sourceEnd   for canonical char i, where its source stretch ends (exclusive)
     */
    public SourceMap(String source, int[] sourceStart, int[] sourceEnd) {
        this.source = Objects.requireNonNull(source);
        if (sourceStart.length != sourceEnd.length) {
            throw new IllegalArgumentException("start and end maps differ in length");
        }
        this.sourceStart = sourceStart.clone();
        this.sourceEnd = sourceEnd.clone();
        for (int i = 0; i < sourceStart.length; i++) {
            if (sourceStart[i] < 0 || sourceEnd[i] < sourceStart[i] || sourceEnd[i] > source.length()) {
                throw new IllegalArgumentException("bad source stretch for char " + i);
            }
        }
    }

    /** A map for text that normalization left untouched. */
    public static SourceMap identity(String text) {
        int[] start = new int[text.length()];
        int[] end = new int[text.length()];
        for (int i = 0; i < start.length; i++) {
            start[i] = i;
            end[i] = i + 1;
        }
        return new SourceMap(text, start, end);
    }

    public String source() {
        return source;
    }

    /** Length of the canonical text this map describes. */
    public int length() {
        return sourceStart.length;
    }

    /** Source offset where the canonical range starting at {@code start} begins. */
    public int sourceStart(int start) {
        if (start == sourceStart.length) {
            return sourceStart.length == 0 ? 0 : sourceEnd[start - 1];
        }
        return sourceStart[start];
    }

    /** Source offset where the canonical range ending at {@code end} (exclusive) ends. */
    public int sourceEnd(int end) {
        return end == 0 ? 0 : sourceEnd[end - 1];
    }

    /** The source text that produced canonical {@code [start, end)}. */
    public String sourceSlice(int start, int end) {
        if (start == end) {
            return "";
        }
        return source.substring(sourceStart(start), Math.max(sourceStart(start), sourceEnd(end)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceMap m && source.equals(m.source)
                && Arrays.equals(sourceStart, m.sourceStart) && Arrays.equals(sourceEnd, m.sourceEnd);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, Arrays.hashCode(sourceStart), Arrays.hashCode(sourceEnd));
    }
}
