package org.fiscalextract.extractor.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The tables of one PDF page, from its positioned characters and ruling lines: ruled tables from
 * their lines, and on a page whose text looks like it, a table printed without lines.
 */
final class PdfTables {
    private static final Pattern UNIT = Pattern.compile("单位\\s*[:：]");
    /** Two numbers set apart by spaces, as a row of a table printed without lines reads as text. */
    private static final Pattern NUMBERS_LINE = Pattern.compile("\\d[\\d,.]*\\s+-?\\d[\\d,.]*");

    /** The tables found on one page (1-based), top to bottom, with the page's glyphs. */
    record Page(int number, List<PdfTableGrid.Found> tables, List<PdfGlyphs.Glyph> glyphs) {
    }

    private PdfTables() {
    }

    /** Whether a page's text may hold a table: enough ruling lines, or it may be an unruled one. */
    static boolean mayHoldTable(List<PdfRulings.Segment> segments, String text) {
        return PdfTableGrid.mayHoldTable(segments) || unruledCandidate(text);
    }

    /** The page's tables; empty when it holds none. */
    static Optional<Page> read(int number, List<PdfRulings.Segment> segments, List<PdfGlyphs.Glyph> glyphs,
                               String text) {
        List<PdfTableGrid.Found> tables = PdfTableGrid.mayHoldTable(segments)
                ? PdfTableGrid.find(segments, glyphs) : List.of();
        if (tables.isEmpty() && unruledCandidate(text)) {
            tables = PdfStreamGrid.find(glyphs).map(List::of).orElse(List.of());
        }
        return tables.isEmpty() ? Optional.empty() : Optional.of(new Page(number, tables, glyphs));
    }

    /**
     * Whether the page's text may hold a table printed without lines: a 单位 line and at least
     * three lines of two or more numbers set apart by spaces.
     */
    private static boolean unruledCandidate(String text) {
        return UNIT.matcher(text).find() && text.lines().filter(l -> NUMBERS_LINE.matcher(l).find()).limit(3).count() >= 3;
    }
}
