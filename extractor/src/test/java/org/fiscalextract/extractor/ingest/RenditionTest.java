package org.fiscalextract.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.ReadStatus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rendition of a seed (.docx, .doc, .pdf, .html, .rtf, other encodings of the .txt) reads
 * to the same Chinese content as the seed's .txt: at least 0.99 character-level similarity once
 * whitespace is removed.
 */
class RenditionTest {
    private static final double REQUIRED = 0.99;
    private static final Set<String> SPREADSHEETS = Set.of("xlsx", "xls", "et");

    @TestFactory
    Stream<DynamicTest> renditionsMatchTheSeedText() {
        List<Path> files = Corpus.files(Corpus.REPORTS).stream()
                .filter(p -> p.getParent().equals(Corpus.REPORTS))
                .toList();
        List<Path> seeds = files.stream()
                .filter(p -> p.getFileName().toString().matches("\\d{3}_[0-9a-f]{16}\\.txt"))
                .toList();
        assertFalse(seeds.isEmpty(), "no seed .txt files in " + Corpus.REPORTS);
        return seeds.stream().flatMap(seed -> {
            String stem = seed.getFileName().toString().replace(".txt", "");
            String expected = TextSimilarity.withoutWhitespace(read(seed));
            return files.stream()
                    .filter(p -> !p.equals(seed) && p.getFileName().toString().startsWith(stem + "."))
                    .filter(p -> !SPREADSHEETS.contains(FormatDetector.extension(p)))
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        String actual = TextSimilarity.withoutWhitespace(read(p));
                        double ratio = TextSimilarity.ratio(expected, actual, REQUIRED - 0.05);
                        assertTrue(ratio >= REQUIRED, () -> String.format(
                                "%s: similarity %.4f to %s (%d vs %d chars)", p.getFileName(), ratio,
                                seed.getFileName(), actual.length(), expected.length()));
                    }));
        });
    }

    private static String read(Path file) {
        ReadOutcome outcome = SharedReader.READER.read(file, "test");
        assertTrue(outcome.status() == ReadStatus.OK, () -> file + ": " + outcome.message());
        return outcome.document().orElseThrow().text();
    }
}
