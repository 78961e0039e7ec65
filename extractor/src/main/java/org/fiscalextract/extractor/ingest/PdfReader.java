package org.fiscalextract.extractor.ingest;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.sax.XHTMLContentHandler;
import org.fiscalextract.model.document.DocumentMetadata;
import org.xml.sax.SAXException;

/**
 * Reads a PDF in one pass of PDFBox over its pages. Each page gives its text, as the same XHTML
 * events Tika's PDF parser sends (so the text is what Tika would give), and, in the same pass,
 * its positioned characters and ruling lines; a page that holds a table keeps them, and
 * {@link PdfTableMerger} puts its tables in. Reading a PDF's tables this way costs little more
 * than reading its text.
 */
final class PdfReader {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private PdfReader() {
    }

    /** The PDF's permissions forbid taking its text out, even for accessibility tools. */
    static final class ExtractionForbidden extends IOException {
        ExtractionForbidden() {
            super("the PDF's permissions forbid extracting its text");
        }
    }

    static RawDocument read(Path file, int maxChars) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            AccessPermission permission = doc.getCurrentAccessPermission();
            if (!permission.canExtractContent() && !permission.canExtractForAccessibility()) {
                throw new ExtractionForbidden();
            }
            StructureHandler handler = new StructureHandler(true, PageChrome.NONE, maxChars);
            Pages pages = new Pages(handler);
            boolean truncated = false;
            try {
                pages.writeText(doc, Writer.nullWriter());
            } catch (IOException e) {
                if (!(e.getCause() instanceof TextLimitReached)) {
                    throw e;
                }
                truncated = true;
            } finally {
                handler.finish();
            }
            RawDocument raw = new RawDocument(handler.items(), handler.pageCount(),
                    metadata(doc, handler.pageCount()), pages.warnings, truncated);
            return PdfTableMerger.withTables(raw, pages.tablePages);
        }
    }

    private static DocumentMetadata metadata(PDDocument doc, int pages) {
        PDDocumentInformation info = doc.getDocumentInformation();
        // WPS leaves Producer empty and names itself as Creator ("WPS 表格")
        String producer = nz(info.getProducer()).isEmpty() ? nz(info.getCreator()) : nz(info.getProducer());
        return new DocumentMetadata(nz(info.getTitle()), nz(info.getAuthor()), date(info.getCreationDate()),
                date(info.getModificationDate()), producer, "application/pdf", "",
                pages == 0 ? doc.getNumberOfPages() : pages);
    }

    private static String date(Calendar calendar) {
        return calendar == null ? "" : ISO.format(calendar.toInstant().atOffset(ZoneOffset.UTC));
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }

    /**
     * The text stripper, set as Tika sets its own (no sorting by position, a space between
     * words, overprinted text kept), with the path operators a text stripper lacks.
     */
    private static final class Pages extends PDFTextStripper {
        private final XHTMLContentHandler xhtml;
        private final List<String> warnings = new ArrayList<>();
        private final List<PdfTables.Page> tablePages = new ArrayList<>();
        private final StringBuilder pageText = new StringBuilder();
        private PdfRulings rulings;
        private PdfGlyphs glyphs;

        Pages(StructureHandler handler) {
            this.xhtml = new XHTMLContentHandler(handler, new Metadata());
            setSortByPosition(false);
            setWordSeparator(" ");
            setSuppressDuplicateOverlappingText(false);
            PathOperators.forEngine(this, () -> rulings).forEach(this::addOperator);
        }

        @Override
        protected void startDocument(PDDocument document) throws IOException {
            sax(xhtml::startDocument);
        }

        @Override
        protected void endDocument(PDDocument document) throws IOException {
            sax(xhtml::endDocument);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            try {
                super.processPage(page);
            } catch (IOException e) {
                if (e.getCause() instanceof TextLimitReached) {
                    throw e;
                }
                warnings.add("page " + getCurrentPageNo() + " could not be read in full (" + e.getMessage() + ")");
                endPage(page);
            }
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            rulings = new PdfRulings(page);
            glyphs = new PdfGlyphs();
            pageText.setLength(0);
            sax(() -> xhtml.startElement("div", "class", "page"));
            writeParagraphStart();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            writeParagraphEnd();
            sax(() -> xhtml.endElement("div"));
            if (rulings != null && PdfTables.mayHoldTable(rulings.segments(), pageText.toString())) {
                try {
                    PdfTables.read(getCurrentPageNo(), rulings.segments(), glyphs.list(), pageText.toString())
                            .ifPresent(tablePages::add);
                } catch (RuntimeException e) {
                    warnings.add("the tables of page " + getCurrentPageNo()
                            + " could not be rebuilt from its layout; they stay lines of text");
                }
            }
            rulings = null;
            glyphs = null;
        }

        @Override
        protected void writeParagraphStart() throws IOException {
            super.writeParagraphStart();
            sax(() -> xhtml.startElement("p"));
        }

        @Override
        protected void writeParagraphEnd() throws IOException {
            super.writeParagraphEnd();
            sax(() -> xhtml.endElement("p"));
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (glyphs != null) {
                glyphs.addAll(positions);
            }
            writeString(text);
        }

        @Override
        protected void writeString(String text) throws IOException {
            pageText.append(text);
            sax(() -> xhtml.characters(text));
        }

        @Override
        protected void writeCharacters(TextPosition text) throws IOException {
            writeString(text.getUnicode());
        }

        @Override
        protected void writeWordSeparator() throws IOException {
            writeString(getWordSeparator());
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            pageText.append('\n');
            sax(xhtml::newline);
        }

        private interface SaxStep {
            void run() throws SAXException;
        }

        private static void sax(SaxStep step) throws IOException {
            try {
                step.run();
            } catch (SAXException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}
