package org.fiscalextract.exporter.datapackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPackageTest {
    /** Rewritten only with -Dgolden.update=true; review the diff before committing it. */
    private static final Path GOLDEN = Path.of("src/test/resources/golden/datapackage.json");

    @Test
    void sampleFolderMatchesGolden(@TempDir Path dir) throws IOException {
        String actual = Files.readString(SampleRun.packagedIn(dir).resolve(DataPackage.FILE_NAME), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual,
                () -> "differs from " + GOLDEN + " (rerun with -Dgolden.update=true if the change is meant)");
    }

    /** A folder without divisions.csv declares no reference to it. */
    @Test
    void noDivisionsNoReferenceToThem(@TempDir Path dir) throws IOException {
        SampleRun.packagedIn(dir);
        Files.delete(dir.resolve("divisions.csv"));
        Files.delete(dir.resolve("comparison.csv"));
        DataPackage.write(dir);
        String json = Files.readString(dir.resolve(DataPackage.FILE_NAME), StandardCharsets.UTF_8);
        assertFalse(json.contains("divisions"), json);
        assertFalse(json.contains("comparison"), json);
        assertTrue(json.contains("\"resource\": \"documents\""), json);
    }

    /** The same files give the same bytes: nothing in the descriptor depends on time or order of listing. */
    @Test
    void sameFilesSameBytes(@TempDir Path dir) throws IOException {
        byte[] first = Files.readAllBytes(SampleRun.packagedIn(dir).resolve(DataPackage.FILE_NAME));
        DataPackage.write(dir);
        assertEquals(new String(first, StandardCharsets.UTF_8),
                Files.readString(dir.resolve(DataPackage.FILE_NAME), StandardCharsets.UTF_8));
    }
}
