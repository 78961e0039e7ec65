package org.fiscalextract.extractor.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** The ruled tables of a PDF, page by page (1-based), from PDFBox's positioned text and drawing. */
final class PdfTables {

    /** The tables found on one page, top to bottom, with the page's glyphs; pages without rulings are left out. */
    record Page(int number, List<PdfTableGrid.Found> tables, List<PdfGlyphs.Glyph> glyphs) {
    }

    private PdfTables() {
    }

    static List<Page> read(PDDocument doc) throws IOException {
        List<Page> pages = new ArrayList<>();
        int number = 0;
        for (PDPage page : doc.getPages()) {
            number++;
            PdfRulings rulings = new PdfRulings(page);
            rulings.processPage(page);
            if (!PdfTableGrid.mayHoldTable(rulings.segments())) {
                continue; // no grid of lines: the page's text is Tika's, no need to place its characters
            }
            List<PdfGlyphs.Glyph> glyphs = PdfGlyphs.of(doc, number);
            pages.add(new Page(number, PdfTableGrid.find(rulings.segments(), glyphs), glyphs));
        }
        return pages;
    }
}
