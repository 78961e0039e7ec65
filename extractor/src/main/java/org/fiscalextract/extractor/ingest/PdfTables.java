package org.fiscalextract.extractor.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The tables of a PDF, page by page (1-based), from PDFBox's positioned text and drawing: ruled
 * tables from their lines, and on pages that look like it, a table printed without lines.
 */
final class PdfTables {

    /** The tables found on one page, top to bottom, with the page's glyphs; pages without rulings are left out. */
    record Page(int number, List<PdfTableGrid.Found> tables, List<PdfGlyphs.Glyph> glyphs) {
    }

    private PdfTables() {
    }

    static List<Page> read(PDDocument doc) throws IOException {
        return read(doc, java.util.Set.of());
    }

    /**
     * @param unruledCandidates pages whose text looks like a table printed without lines (a 单位
     *                          line, then lines of several numbers): read for one when they have no ruled table
     */
    static List<Page> read(PDDocument doc, java.util.Set<Integer> unruledCandidates) throws IOException {
        List<Page> pages = new ArrayList<>();
        int number = 0;
        for (PDPage page : doc.getPages()) {
            number++;
            PdfRulings rulings = new PdfRulings(page);
            rulings.processPage(page);
            boolean ruled = PdfTableGrid.mayHoldTable(rulings.segments());
            if (!ruled && !unruledCandidates.contains(number)) {
                continue; // no table: the page's text is Tika's, no need to place its characters
            }
            List<PdfGlyphs.Glyph> glyphs = PdfGlyphs.of(doc, number);
            List<PdfTableGrid.Found> tables = ruled ? PdfTableGrid.find(rulings.segments(), glyphs) : List.of();
            if (tables.isEmpty() && unruledCandidates.contains(number)) {
                tables = PdfStreamGrid.find(glyphs).map(List::of).orElse(List.of());
            }
            pages.add(new Page(number, tables, glyphs));
        }
        return pages;
    }
}
