package org.fiscalextract.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.ReadProblem;
import org.fiscalextract.model.document.ReadStatus;
import org.fiscalextract.model.document.SourceFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-pass PDF reader: Tika's text where there is no table, and tables from the same pass. */
class PdfReaderTest {
    private static final Path REPORTS = Path.of("../corpus/reports");
    private static final int LIMIT = 10_000_000;

    private static String text(RawDocument raw) {
        return raw.items().stream().map(i -> i instanceof RawItem.Text t ? t.page() + ":" + t.text() : "grid")
                .collect(Collectors.joining("\n"));
    }

    /** On PDFs without tables the text, its pages and the metadata are exactly what Tika's parser gives. */
    @ParameterizedTest
    @ValueSource(strings = {"000_9988a41b680c0e1f.pdf", "000_9988a41b680c0e1f.restricted.pdf",
            "001_4993de9eea35429d.pdf", "002_d438e33e9ac7aa45.pdf", "003_c9902219ec604704.pdf"})
    void sameTextAsTika(String name) throws Exception {
        Path file = REPORTS.resolve(name);
        RawDocument tika = new TikaReader().read(file, SourceFormat.PDF, LIMIT);
        RawDocument ours = PdfReader.read(file, LIMIT);
        assertEquals(text(tika), text(ours));
        assertEquals(tika.metadata(), ours.metadata());
        assertEquals(tika.pageCount(), ours.pageCount());
        assertTrue(ours.warnings().isEmpty(), ours.warnings().toString());
    }

    /**
     * A ruled 2×2 table drawn under a scaling transformation, one word of it printed twice a
     * fraction of a point apart (how some producers fake bold type): the rulings land where the
     * text is, and the word is read once.
     */
    @Test
    void rulingsThroughTheTransformAndOverprintedTextReadOnce(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("table.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.saveGraphicsState();
                cs.transform(Matrix.getScaleInstance(2, 2)); // grid drawn at half size, doubled
                for (float y : new float[]{350, 330, 310}) {
                    cs.moveTo(50, y);
                    cs.lineTo(250, y);
                }
                cs.stroke();
                for (float x : new float[]{50, 150}) {
                    cs.addRect(x, 310, 0.4f, 40); // thin filled rectangles, as WPS draws borders
                }
                cs.fill();
                cs.moveTo(250, 310);
                cs.lineTo(250, 350);
                cs.stroke();
                cs.restoreGraphicsState();
                text(cs, font, 110, 675, "Total");
                text(cs, font, 110.3f, 675, "Total");
                text(cs, font, 310, 675, "12.50");
                text(cs, font, 110, 635, "Staff");
                text(cs, font, 310, 635, "7.25");
            }
            doc.save(file.toFile());
        }
        RawDocument raw = PdfReader.read(file, LIMIT);
        List<RawItem.Grid> grids = raw.items().stream()
                .filter(RawItem.Grid.class::isInstance).map(RawItem.Grid.class::cast).toList();
        assertEquals(1, grids.size(), text(raw));
        assertEquals(List.of(List.of("Total", "12.50"), List.of("Staff", "7.25")),
                grids.get(0).rows().stream().map(r -> r.stream().map(RawItem.RawCell::text).toList()).toList());
    }

    /** A PDF whose permissions forbid extracting text, even for accessibility, fails with that reason. */
    @Test
    void permissionsThatForbidExtractionAreTheReason(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 100, 700, "Budget 12.50");
            }
            AccessPermission none = new AccessPermission();
            none.setCanExtractContent(false);
            none.setCanExtractForAccessibility(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "", none);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        ReadOutcome outcome = new DocumentReader(ReaderConfig.defaults()).read(file, "t");
        assertEquals(ReadStatus.FAILED, outcome.status());
        assertEquals(ReadProblem.ENCRYPTED, outcome.problem().orElseThrow());
        assertEquals("PDF forbids copying its text (its permissions do not allow it); no text extracted",
                outcome.message());
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
