package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {
    @TempDir
    Path tmp;

    private static List<String> names(List<InputFile> files) {
        return files.stream().map(InputFile::sourcePath).toList();
    }

    private List<String> collect(String... inputs) {
        return names(new InputCollector(GlobFilter.all(), null).collect(List.of(inputs)));
    }

    @Test
    void sortsByPathFolderByFolderAndSkipsHiddenOnes() throws IOException {
        Path in = tmp.resolve("in");
        for (String name : new String[] {"b.txt", "a/z.txt", "a-b.txt", "a/y/x.txt", "A.txt", ".DS_Store",
                ".cache/a.txt", "a/.hidden"}) {
            Samples.utf8(in.resolve(name), "x");
        }
        assertEquals(List.of(in + "/A.txt", in + "/a/y/x.txt", in + "/a/z.txt", in + "/a-b.txt", in + "/b.txt"),
                collect(in.toString()));
    }

    @Test
    void namesKeepTheInputAsGivenWithoutDoubleSlashes() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("sub/r.txt"), "x");
        assertEquals(List.of(in + "/sub/r.txt"), collect(in + "/"));
        assertEquals(List.of(in + "/sub/r.txt"), collect(in + "//"));
        assertEquals(List.of(in + "/sub/r.txt"), collect(in.toString()));
    }

    @Test
    void relativeInputsStayRelative() {
        assertEquals("reports", InputCollector.displayName("reports/"));
        assertEquals(".", InputCollector.displayName("./"));
        assertEquals("/", InputCollector.displayName("/"));
        assertEquals("./data/四川省", InputCollector.displayName("./data/四川省/"));
    }

    @Test
    void symbolicLinkLoopsAreSafe() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("sub/r.txt"), "x");
        try {
            Files.createSymbolicLink(in.resolve("sub/loop"), in);
            Files.createSymbolicLink(in.resolve("linked.txt"), in.resolve("sub/r.txt"));
            Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("gone.txt"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        InputCollector collector = new InputCollector(GlobFilter.all(), null);
        // the linked file is the same file as sub/r.txt: listed once, under the name found first
        assertEquals(List.of(in + "/linked.txt"), names(collector.collect(List.of(in.toString()))));
        assertEquals(List.of(), collector.problems());
    }

    /**
     * A folder the walk cannot read is reported and the walk goes on. Read rights cannot be taken
     * away from root (which CI runs as), so the failure the walker reports is given directly.
     */
    @Test
    void unreadableFolderIsAProblemNotAnAbort() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("ok/r.txt"), "x");
        InputCollector collector = new InputCollector(GlobFilter.all(), null);
        assertEquals(List.of(in + "/ok/r.txt"), names(collector.collect(List.of(in.toString()))));
        Path locked = in.resolve("locked");
        collector.searchFailed(in, in.toString(), locked, new AccessDeniedException(locked.toString()));
        collector.searchFailed(in, in.toString(), in.resolve("ok/loop"), new FileSystemLoopException("ok/loop"));
        assertEquals(List.of(in + "/locked: could not be searched (permission denied); its files are missing "
                + "from the output"), collector.problems());
    }
}
