package org.fiscalextract.extractor.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's sample corpus, beside the modules. */
final class Corpus {
    static final Path ROOT = Path.of("..", "corpus").toAbsolutePath().normalize();
    static final Path REPORTS = ROOT.resolve("reports");
    static final Path BAD = ROOT.resolve("bad");
    static final Path EXPECTED = ROOT.resolve("expected");

    private Corpus() {
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a tab-separated control file, header and blank lines and {@code #} comments skipped. */
    static List<String[]> tsv(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
