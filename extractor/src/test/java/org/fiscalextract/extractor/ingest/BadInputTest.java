package org.fiscalextract.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.ReadProblem;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each bad input gets its status, the format it really is and a message in plain words (cases/bad-inputs.tsv). */
class BadInputTest {

    @TestFactory
    Stream<DynamicTest> eachBadInputIsExplained() {
        List<String[]> rows = Corpus.tsv(Path.of("src/test/resources/cases/bad-inputs.tsv"));
        return rows.stream().map(row -> DynamicTest.dynamicTest(row[0] + " " + row[3], () -> {
            ReaderConfig config = ReaderConfig.defaults();
            if (!row[1].equals("-")) {
                config = config.withMaxFileBytes(ByteSize.parse(row[1]));
            }
            if (!row[2].equals("-")) {
                config = config.withTimeLimit(Duration.ofMillis(Long.parseLong(row[2])));
            }
            ReadOutcome outcome = config.equals(ReaderConfig.defaults())
                    ? SharedReader.READER.read(Corpus.ROOT.resolve(row[0]), "test")
                    : readWith(config, Corpus.ROOT.resolve(row[0]));
            String code = outcome.problem().map(ReadProblem::code).orElse("-");
            assertAll(
                    () -> assertEquals(row[3], outcome.status().label(), () -> "status; message: " + outcome.message()),
                    () -> assertEquals(row[4], outcome.format().label(), "format"),
                    () -> assertEquals(row[5], code, "error code"),
                    () -> assertTrue(row[6].equals("-") ? outcome.message().isEmpty()
                            : outcome.message().contains(row[6]), () -> "message was: " + outcome.message()));
        }));
    }

    private static ReadOutcome readWith(ReaderConfig config, Path file) {
        try (DocumentReader reader = new DocumentReader(config)) {
            return reader.read(file, "test");
        }
    }
}
