package org.fiscalextract.exporter.review;



/**
 * Offsets into a canonical text and the bounds of its lines, where one line is one paragraph or
 * one table row.
 */
final class TextLines {
    private TextLines() {
    }

    /** Where the line holding {@code offset} starts. */
    static int start(String text, int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && !isBreak(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the line holding {@code offset} ends (the line break, or the end of the text). */
    static int end(String text, int offset) {
        int i = Math.max(offset, 0);
        while (i < text.length() && !isBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A facts.csv start or end value as an offset, -1 when it is none. */
    static int offset(String column) {
        try {
            return Integer.parseInt(column);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
