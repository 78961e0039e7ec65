package org.fiscalextract.extractor.normalize;

import java.nio.CharBuffer;
import java.util.Arrays;

/** Growable text under construction, with the raw stretch {@code [start, end)} of each char. */
final class MappedTextBuilder {

    private char[] text;
    private int[] start;
    private int[] end;
    private int length;

    MappedTextBuilder(int capacity) {
        int c = Math.max(16, capacity);
        text = new char[c];
        start = new int[c];
        end = new int[c];
    }

    void append(char c, int sourceStart, int sourceEnd) {
        if (length == text.length) {
            grow(length + 1);
        }
        text[length] = c;
        start[length] = sourceStart;
        end[length] = sourceEnd;
        length++;
    }

    void append(MappedTextBuilder other) {
        int n = other.length;
        if (length + n > text.length) {
            grow(length + n);
        }
        System.arraycopy(other.text, 0, text, length, n);
        System.arraycopy(other.start, 0, start, length, n);
        System.arraycopy(other.end, 0, end, length, n);
        length += n;
    }

    private void grow(int needed) {
        int c = Math.max(needed, text.length * 2);
        text = Arrays.copyOf(text, c);
        start = Arrays.copyOf(start, c);
        end = Arrays.copyOf(end, c);
    }

    void clear() {
        length = 0;
    }

    int length() {
        return length;
    }

    boolean isEmpty() {
        return length == 0;
    }

    char charAt(int i) {
        return text[i];
    }

    /** The first code point; the text must not be empty. */
    int firstCodePoint() {
        char c = text[0];
        if (Character.isHighSurrogate(c) && length > 1 && Character.isLowSurrogate(text[1])) {
            return Character.toCodePoint(c, text[1]);
        }
        return c;
    }

    /** The last code point; the text must not be empty. */
    int lastCodePoint() {
        char c = text[length - 1];
        if (Character.isLowSurrogate(c) && length > 1 && Character.isHighSurrogate(text[length - 2])) {
            return Character.toCodePoint(text[length - 2], c);
        }
        return c;
    }

    /** The text so far, as a view that is valid until the next change. */
    CharSequence view() {
        return CharBuffer.wrap(text, 0, length);
    }

    NormalizedText build() {
        return new NormalizedText(new String(text, 0, length),
                Arrays.copyOf(start, length), Arrays.copyOf(end, length));
    }
}
