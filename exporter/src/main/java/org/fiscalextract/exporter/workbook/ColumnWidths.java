package org.fiscalextract.exporter.workbook;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths from the widest value seen, counted the way a grid shows it: a Chinese
 * character takes two columns of width, a Latin letter or digit one. Measured as rows stream
 * past, since the sheet cannot be read back; capped so that a long sentence does not push
 * every other column off the screen.
 */
final class ColumnWidths {
    static final int MAX_CHARACTERS = 60;
    /** Room for the autofilter's drop-down button beside a header. */
    private static final int FILTER_BUTTON = 3;
    private static final int PADDING = 2;

    private final int[] widths;

    ColumnWidths(int columns) {
        widths = new int[columns];
    }

    void header(int column, String name) {
        widen(column, displayWidth(name) + FILTER_BUTTON);
    }

    void text(int column, String text) {
        widen(column, displayWidth(text));
    }

    /** A number as its format shows it: about one group separator per three digits and padded decimals. */
    void number(int column, String decimal) {
        widen(column, decimal.length() + decimal.length() / 3 + 2);
    }

    void applyTo(Sheet sheet) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, (Math.min(widths[i], MAX_CHARACTERS) + PADDING) * 256);
        }
    }

    private void widen(int column, int width) {
        widths[column] = Math.max(widths[column], width);
    }

    /** The widest line of {@code text}, in Latin character widths. */
    static int displayWidth(String text) {
        int widest = 0;
        int line = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line = 0;
                continue;
            }
            line += isWide(cp) ? 2 : 1;
            widest = Math.max(widest, line);
        }
        return widest;
    }

    /** The East Asian Wide and Fullwidth ranges (Unicode UAX #11) that Chinese text draws on. */
    static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F // Hangul Jamo
                || cp >= 0x2E80 && cp <= 0xA4CF // CJK radicals, punctuation (、。「」), kana, ideographs
                || cp >= 0xAC00 && cp <= 0xD7A3 // Hangul syllables
                || cp >= 0xF900 && cp <= 0xFAFF // CJK compatibility ideographs
                || cp >= 0xFE30 && cp <= 0xFE4F // CJK compatibility forms
                || cp >= 0xFF00 && cp <= 0xFF60 // fullwidth forms (，：（）)
                || cp >= 0xFFE0 && cp <= 0xFFE6 // fullwidth signs (￥)
                || cp >= 0x20000 && cp <= 0x3FFFD; // CJK extensions B and beyond
    }
}
