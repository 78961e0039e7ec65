package org.fiscalextract.exporter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    @Test
    void writesUtf8AndLeavesNoTempFile() throws IOException {
        Path target = dir.resolve("说明.txt");
        AtomicFile.write(target, "一般公共预算\n312395.8 万元\n");
        assertEquals("一般公共预算\n312395.8 万元\n", Files.readString(target, StandardCharsets.UTF_8));
        assertEquals(List.of(target), files());
    }

    @Test
    void replacesAnEarlierFileInsteadOfAppending() throws IOException {
        Path target = dir.resolve("documents.csv");
        AtomicFile.write(target, "first run, a longer content\n");
        AtomicFile.write(target, "second\n");
        assertEquals("second\n", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void bytesThroughTheStream() throws IOException {
        Path target = dir.resolve("workbook.xlsx");
        byte[] content = {'P', 'K', 3, 4, 0, (byte) 0xff};
        try (AtomicFile file = AtomicFile.create(target)) {
            file.stream().write(content);
            file.commit();
        }
        assertArrayEquals(content, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void targetIsNotVisibleUntilCommit() throws IOException {
        Path target = dir.resolve("documents.csv");
        try (AtomicFile file = AtomicFile.create(target)) {
            file.writer().write("half");
            file.writer().flush();
            assertFalse(Files.exists(target));
            assertEquals(1, files().size());
            assertTrue(AtomicFile.isTempFile(files().get(0)));
            file.commit();
        }
        assertEquals("half", Files.readString(target));
    }

    @Test
    void failureKeepsTheEarlierFileAndRemovesTheTempFile() throws IOException {
        Path target = dir.resolve("documents.csv");
        AtomicFile.write(target, "complete\n");
        assertThrows(IllegalStateException.class, () -> {
            try (AtomicFile file = AtomicFile.create(target)) {
                file.writer().write("partial");
                throw new IllegalStateException("writer failed half way");
            }
        });
        assertEquals("complete\n", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void failedMoveRemovesTheTempFile() throws IOException {
        Path target = dir.resolve("occupied");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside"), "x");
        assertThrows(IOException.class, () -> AtomicFile.write(target, "text"));
        assertEquals(List.of(target), files());
    }

    @Test
    void fileGetsTheUsualPermissionsNotPrivateTempFileOnes() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
        Path atomic = dir.resolve("atomic.txt");
        AtomicFile.write(atomic, "x");
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(atomic));
    }

    @Test
    void removesTempFilesLeftByAnInterruptedRun() throws IOException {
        Files.writeString(dir.resolve(".fiscal-extract-documents.csv.k3j2.tmp"), "half");
        Files.writeString(dir.resolve("documents.csv"), "kept");
        Files.writeString(dir.resolve(".other.tmp"), "not ours");
        assertEquals(1, AtomicFile.removeTempFiles(dir));
        assertEquals(List.of(dir.resolve(".other.tmp"), dir.resolve("documents.csv")), files());
    }

    @Test
    void missingDirectoryFailsWithoutDebris() {
        assertThrows(IOException.class, () -> AtomicFile.write(dir.resolve("no/such/dir/file.txt"), "text"));
    }
}
