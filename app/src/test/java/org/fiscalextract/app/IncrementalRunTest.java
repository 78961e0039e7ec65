package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.fiscalextract.extractor.ingest.ReaderConfig;
import org.fiscalextract.extractor.link.Vocabulary;
import org.fiscalextract.extractor.pipeline.DocumentPipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second run into the same folder reads only what is new or changed, and writes exactly what a
 * fresh run would.
 */
class IncrementalRunTest {
    private static final DocumentPipeline PIPELINE = new DocumentPipeline(ReaderConfig.defaults(),
            Vocabulary.standard(), true);
    private static final BatchRunner.Reuse REUSE = new BatchRunner.Reuse("settings 1\n", true);

    @TempDir
    Path tmp;

    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

    @AfterAll
    static void close() {
        PIPELINE.close();
    }

    private void run(Path in, Path out, BatchRunner.Reuse reuse) throws IOException {
        new BatchRunner((path, docId) -> {
            reads.computeIfAbsent(path.getFileName().toString(), k -> new AtomicInteger()).incrementAndGet();
            return PIPELINE.process(path, docId);
        }, 2, out, BatchRunner.Progress.NONE, OutputSettings.DEFAULT, reuse)
                .run(new InputCollector(GlobFilter.all(), null).collect(List.of(in.toString())), new RunSummary());
    }

    private Path input() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("b-east.txt"), Samples.report("东区"));
        Samples.utf8(in.resolve("d-west.txt"), Samples.report("西区"));
        Samples.utf8(in.resolve("f-copy.txt"), Samples.report("东区"));
        return in;
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        assertEquals(Cli.filesUnder(expected), Cli.filesUnder(actual));
        for (String file : Cli.filesUnder(expected)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)), file);
        }
    }

    @Test
    void anUnchangedFolderIsNotReadAgain() throws IOException {
        Path in = input();
        Path out = tmp.resolve("out");
        run(in, out, REUSE);
        Path first = Files.createDirectories(tmp.resolve("first"));
        for (String file : Cli.filesUnder(out)) {
            Files.createDirectories(first.resolve(file).getParent());
            Files.copy(out.resolve(file), first.resolve(file));
        }
        reads.clear();
        run(in, out, REUSE);
        assertEquals(Map.of(), reads);
        assertSameFiles(first, out);
    }

    /** New, changed and moved files are read; the others' rows are copied; the result is a fresh run's. */
    @Test
    void aGrownFolderReadsOnlyWhatIsNewOrChanged() throws IOException {
        Path in = input();
        Path out = tmp.resolve("out");
        run(in, out, REUSE);
        Samples.utf8(in.resolve("a-new.txt"), Samples.report("南区"));
        Samples.utf8(in.resolve("d-west.txt"), Samples.report("北区")); // changed content, same name
        Files.move(in.resolve("b-east.txt"), in.resolve("z-east.txt")); // its copy f-copy.txt stays
        reads.clear();
        run(in, out, REUSE);
        assertEquals(List.of("a-new.txt", "d-west.txt"), reads.keySet().stream().sorted().toList());

        Path fresh = tmp.resolve("fresh");
        run(in, fresh, REUSE);
        assertSameFiles(fresh, out);
    }

    /** Rows of a content read for several files stand at the first of them in input order. */
    @Test
    void rowsOfACopiedContentStandAtItsFirstFile() throws IOException {
        Path in = input();
        for (int round = 0; round < 5; round++) {
            Path out = tmp.resolve("out" + round);
            run(in, out, BatchRunner.Reuse.NONE);
            List<String> docIds = Cli.column(Cli.documents(out), "doc_id");
            List<String> factDocs = Cli.column(Cli.records(out.resolve("facts.csv")), "doc_id").stream()
                    .distinct().toList();
            assertEquals(List.of(docIds.get(0), docIds.get(1)), factDocs, "round " + round);
        }
    }

    @Test
    void forceOrOtherSettingsReadEverything() throws IOException {
        Path in = input();
        Path out = tmp.resolve("out");
        run(in, out, REUSE);
        reads.clear();
        run(in, out, new BatchRunner.Reuse(REUSE.settingsKey(), false));
        assertEquals(2, reads.size(), "--force: both contents read again");
        reads.clear();
        run(in, out, new BatchRunner.Reuse("settings 2\n", true));
        assertEquals(2, reads.size(), "other settings: both contents read again");
    }
}
