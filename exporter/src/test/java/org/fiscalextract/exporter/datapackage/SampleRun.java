package org.fiscalextract.exporter.datapackage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample output folder ({@code src/test/resources/run}), copied for a test to change. */
final class SampleRun {
    static final Path DIR = Path.of("src/test/resources/run");

    private SampleRun() {
    }

    /** Copies the sample's CSV files into {@code dir} and describes them there with datapackage.json. */
    static Path packagedIn(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(DIR, "*.csv")) {
            for (Path file : files) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
            DataPackage.write(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
