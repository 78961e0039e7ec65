package org.fiscalextract.extractor.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.text.TextPosition;

/**
 * The characters of one page with their boxes, from the page's top left, in points. A character
 * drawn twice over itself (how some producers fake bold type) is kept once.
 */
final class PdfGlyphs {

    /** One character: its text and box. */
    record Glyph(String text, double x, double top, double width, double height) {
        double centerX() {
            return x + width / 2;
        }

        double centerY() {
            return top + height / 2;
        }

        /** Whether {@code other} is the same character drawn at (nearly) the same place. */
        boolean overprints(Glyph other) {
            return text.equals(other.text) && Math.abs(x - other.x) < width / 3
                    && Math.abs(top - other.top) < height / 3;
        }
    }

    private final List<Glyph> glyphs = new ArrayList<>();
    /** Glyphs by text and 2-point square, to find an overprint among neighbours only. */
    private final Map<Cell, List<Glyph>> near = new HashMap<>();

    private record Cell(String text, long x, long y) {
    }

    /** Adds the characters of {@code positions}, whitespace left out. */
    void addAll(List<TextPosition> positions) {
        for (TextPosition p : positions) {
            String t = p.getUnicode();
            if (t == null || t.isBlank()) {
                continue;
            }
            // getY is the baseline; the box reaches up by the glyph's height
            double height = Math.max(p.getHeightDir(), 1.0);
            Glyph glyph = new Glyph(t, p.getXDirAdj(), p.getYDirAdj() - height, p.getWidthDirAdj(), height);
            if (!overprints(glyph)) {
                near.computeIfAbsent(cell(glyph, 0, 0), k -> new ArrayList<>(1)).add(glyph);
                glyphs.add(glyph);
            }
        }
    }

    private boolean overprints(Glyph glyph) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                List<Glyph> there = near.get(cell(glyph, dx, dy));
                if (there != null && there.stream().anyMatch(glyph::overprints)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Cell cell(Glyph g, int dx, int dy) {
        return new Cell(g.text(), (long) Math.floor(g.x() / 2) + dx, (long) Math.floor(g.top() / 2) + dy);
    }

    List<Glyph> list() {
        return List.copyOf(glyphs);
    }
}
