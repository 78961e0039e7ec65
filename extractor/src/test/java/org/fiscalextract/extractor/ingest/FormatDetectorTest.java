package org.fiscalextract.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.fiscalextract.model.document.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The shortcuts for PDFs and Office zips say what Tika's whole detector says. */
class FormatDetectorTest {
    private static final FormatDetector DETECTOR = new FormatDetector();

    @TempDir
    Path tmp;

    static List<Path> corpusFiles() {
        return Corpus.files(Corpus.ROOT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void everyCorpusFileIsDetectedAsTikaDetectsIt(Path file) throws IOException {
        if (Files.size(file) == 0) {
            return; // the reader never detects an empty file
        }
        assertEquals(DETECTOR.detectFully(file), DETECTOR.detect(file));
    }

    @Test
    void theCorpusHoldsFilesOfEveryShortcut() {
        List<SourceFormat> formats = corpusFiles().stream().filter(f -> f.toFile().length() > 0).map(f -> {
            try {
                return DETECTOR.detect(f).format();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        assertTrue(formats.containsAll(List.of(SourceFormat.PDF, SourceFormat.DOCX, SourceFormat.XLSX)), formats.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // name, what the file holds, the format expected
            "truncated.pdf, '%PDF-1.7 then nothing', PDF",
            "bom.pdf, '\uFEFF%PDF-1.4', PDF",
            "almost.pdf, '%PDF', TXT",
            "page.pdf, '<html><body>404 not found</body></html>', HTML",
            "plain.zip, zip:readme.txt, UNKNOWN",
            "word.docx, 'zip:[Content_Types].xml,word/document.xml', UNKNOWN",
            "pk.docx, 'PK\u0003\u0004 and no zip after', UNKNOWN",
    })
    void edgeCasesAgreeWithTika(String name, String content, SourceFormat expected) throws IOException {
        Path file = tmp.resolve(name);
        Files.write(file, bytes(content));
        FormatDetector.Detection full = DETECTOR.detectFully(file);
        assertEquals(full, DETECTOR.detect(file));
        assertEquals(expected, full.format());
    }

    /** A zip of empty entries for "zip:a,b", else the text's UTF-8 bytes. */
    private static byte[] bytes(String content) throws IOException {
        if (!content.startsWith("zip:")) {
            return content.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : content.substring(4).split(",")) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("x".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
