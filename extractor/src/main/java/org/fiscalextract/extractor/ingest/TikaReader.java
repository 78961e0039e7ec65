package org.fiscalextract.extractor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.fiscalextract.model.document.DocumentMetadata;
import org.fiscalextract.model.document.SourceFormat;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads Word, HTML and RTF files through Tika's XHTML SAX events, then adds what the XHTML
 * leaves out: the merged cells of Word tables. It reads PDFs too, but the pipeline reads them with
 * {@link PdfReader}, whose text a test holds equal to this reader's.
 */
final class TikaReader {
    /** Names, for the parser, the type the reader detected already. */
    private static final String DETECTED = "X-FiscalExtract-Detected-Type";
    /**
     * Tika's own parser, told the type detected before (the reader must know the format to choose
     * how to read a file): detecting it again cost as much as a fifth of reading a .docx.
     */
    private final Parser parser = knownTypeParser();

    RawDocument read(Path file, SourceFormat format, int maxChars) throws IOException, TikaException, SAXException {
        return read(file, format, null, maxChars);
    }

    /** @param detected the media type detected already, or null to detect it here */
    RawDocument read(Path file, SourceFormat format, MediaType detected, int maxChars)
            throws IOException, TikaException, SAXException {
        Metadata metadata = new Metadata();
        if (detected != null) {
            metadata.set(DETECTED, detected.toString());
        }
        StructureHandler handler = new StructureHandler(format.paged(),
                format == SourceFormat.HTML ? PageChrome.WEB : PageChrome.NONE, maxChars);
        boolean truncated = false;
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, context());
        } catch (TikaException | SAXException e) {
            if (!causedByTextLimit(e)) {
                throw e;
            }
            truncated = true;
        } finally {
            handler.finish();
        }
        List<String> warnings = new ArrayList<>();
        List<RawItem> items = handler.items();
        boolean tables = items.stream().anyMatch(RawItem.Grid.class::isInstance); // else the layout changes nothing
        if (format == SourceFormat.DOCX && tables) {
            items = WordSpans.apply(items, DocxLayoutReader.read(file), warnings);
        } else if (format == SourceFormat.DOC && tables) {
            items = WordSpans.apply(items, DocLayoutReader.read(file), warnings);
        }
        return new RawDocument(items, handler.pageCount(), metadata(metadata, handler.pageCount()), warnings,
                truncated);
    }

    private static Parser knownTypeParser() {
        AutoDetectParser parser = new AutoDetectParser(TikaSetup.CONFIG);
        Detector detector = TikaSetup.CONFIG.getDetector();
        parser.setDetector((in, md) -> md.get(DETECTED) != null ? MediaType.parse(md.get(DETECTED)) : detector.detect(in, md));
        return parser;
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true); // several times faster than the DOM path, same text
        office.setIncludeHeadersAndFooters(false); // page headers and numbers are not report text
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        context.set(OfficeParserConfig.class, office);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractInlineImages(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractBookmarksText(false); // the outline repeats headings after the body text
        context.set(PDFParserConfig.class, pdf);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        // keep colspan/rowspan, which Tika's default HTML mapping drops
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        context.set(EmbeddedDocumentExtractor.class, SkipEmbedded.INSTANCE);
        return context;
    }

    private static boolean causedByTextLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TextLimitReached) {
                return true;
            }
        }
        return false;
    }

    private static DocumentMetadata metadata(Metadata md, int handlerPages) {
        String producer = first(md, "pdf:producer", "xmp:CreatorTool", "extended-properties:Application", "generator");
        int pages = handlerPages;
        if (pages == 0) {
            pages = intValue(md.get(PagedText.N_PAGES), intValue(md.get(Office.PAGE_COUNT), 0));
        }
        String creators = String.join("; ", md.getValues(TikaCoreProperties.CREATOR)).trim();
        // Chinese government sites state title, date and publisher in <meta> tags of their own
        return new DocumentMetadata(first(md, TikaCoreProperties.TITLE.getName(), "ArticleTitle"),
                creators.isEmpty() ? first(md, "ContentSource", "author") : creators,
                date(firstOrNull(md, TikaCoreProperties.CREATED.getName(), "PubDate")),
                date(md.get(TikaCoreProperties.MODIFIED)), producer,
                nz(md.get(Metadata.CONTENT_TYPE)), nz(md.get(Metadata.CONTENT_ENCODING)), pages);
    }

    private static String first(Metadata md, String... names) {
        for (String name : names) {
            String value = md.get(name);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return "";
    }

    private static String firstOrNull(Metadata md, String... names) {
        String value = first(md, names);
        return value.isEmpty() ? null : value;
    }

    private static int intValue(String s, int fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Word writes an unset date as the FILETIME epoch, 1601-01-01: that is no date. */
    private static String date(String s) {
        return s == null || s.startsWith("1601-01-01") ? "" : s.trim();
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }

    /** Embedded objects (images, OLE attachments) are not part of the report's own text. */
    private enum SkipEmbedded implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded says no
        }
    }
}
