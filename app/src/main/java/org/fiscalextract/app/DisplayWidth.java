package org.fiscalextract.app;

/**
 * How many terminal columns text takes: Chinese characters and full-width forms take two, so
 * columns of Chinese labels still line up. Combining marks and other zero-width characters are
 * not special-cased; the reports do not use them.
 */
final class DisplayWidth {
    private DisplayWidth() {
    }

    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += wide(c) ? 2 : 1;
            i += Character.charCount(c);
        }
        return width;
    }

    /** The text followed by spaces up to {@code columns} (nothing added when it is already as wide). */
    static String pad(String text, int columns) {
        int missing = columns - of(text);
        return missing > 0 ? text + " ".repeat(missing) : text;
    }

    /** East Asian Wide and Fullwidth ranges (Unicode UAX #11), as far as Chinese text needs them. */
    private static boolean wide(int c) {
        return c >= 0x1100 && c <= 0x115F
                || c >= 0x2E80 && c <= 0x303E
                || c >= 0x3041 && c <= 0x33FF
                || c >= 0x3400 && c <= 0x4DBF
                || c >= 0x4E00 && c <= 0x9FFF
                || c >= 0xA000 && c <= 0xA4CF
                || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6
                || c >= 0x20000 && c <= 0x3FFFD;
    }
}
