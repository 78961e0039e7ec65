package org.fiscalextract.extractor.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The characters of one page with their boxes, from the page's top left, in points. */
final class PdfGlyphs extends PDFTextStripper {

    /** One character: its text and box. */
    record Glyph(String text, double x, double top, double width, double height) {
        double centerX() {
            return x + width / 2;
        }

        double centerY() {
            return top + height / 2;
        }
    }

    private final List<Glyph> glyphs = new ArrayList<>();

    private PdfGlyphs() throws IOException {
        setSortByPosition(true);
    }

    /** The glyphs of page {@code page} (1-based), whitespace left out. */
    static List<Glyph> of(PDDocument doc, int page) throws IOException {
        PdfGlyphs stripper = new PdfGlyphs();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return List.copyOf(stripper.glyphs);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            String t = p.getUnicode();
            if (t == null || t.isBlank()) {
                continue;
            }
            // getY is the baseline; the box reaches up by the glyph's height
            double height = Math.max(p.getHeightDir(), 1.0);
            glyphs.add(new Glyph(t, p.getXDirAdj(), p.getYDirAdj() - height, p.getWidthDirAdj(), height));
        }
    }
}
