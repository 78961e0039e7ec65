package org.fiscalextract.extractor.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.fiscalextract.extractor.ingest.DocumentReader;
import org.fiscalextract.extractor.ingest.ReaderConfig;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.fact.Fact;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The facts of each seed report, read from its Word original (.docx), against its hand-checked
 * golden file in {@code corpus/expected/facts/}. Any difference fails. After a deliberate change, rewrite the
 * golden files with {@code ./mvnw -B verify -Dgolden.update=true} and review the diff before
 * committing it.
 */
class GoldenFactsTest {
    static final Path CORPUS = Path.of("..", "corpus");
    static final Path GOLDEN = CORPUS.resolve("expected/facts");
    static final FactExtractor EXTRACTOR = FactExtractor.standard();
    /** Shared with RenditionFactsTest, so never closed: its parse threads are daemons. */
    static final DocumentReader READER = new DocumentReader(ReaderConfig.defaults());

    @TestFactory
    Stream<DynamicTest> seedsMatchTheirGoldenFiles() throws IOException {
        List<Path> seeds = seeds();
        assertFalse(seeds.isEmpty());
        return seeds.stream().map(seed -> DynamicTest.dynamicTest(seed.getFileName().toString(), () -> {
            List<String> actual = FactTable.lines(facts(seed));
            Path golden = GOLDEN.resolve(seed.getFileName().toString().replace(".docx", ".tsv"));
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(GOLDEN);
                Files.write(golden, actual, StandardCharsets.UTF_8);
            }
            assertEquals(String.join("\n", Files.readAllLines(golden, StandardCharsets.UTF_8)),
                    String.join("\n", actual), () -> "facts of " + seed.getFileName() + " differ from " + golden);
        }));
    }

    static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS.resolve("reports"))) {
            return files.filter(p -> p.getFileName().toString().matches("\\d{3}_[0-9a-f]{16}\\.docx")).sorted().toList();
        }
    }

    static List<Fact> facts(Path file) {
        ParsedDocument doc = READER.read(file, "test").document()
                .orElseThrow(() -> new AssertionError("could not read " + file));
        return EXTRACTOR.extract(doc);
    }
}
