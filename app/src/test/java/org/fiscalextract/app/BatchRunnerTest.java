package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.csv.CSVRecord;
import org.fiscalextract.extractor.ingest.DocumentReader;
import org.fiscalextract.extractor.ingest.ReaderConfig;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.ReadStatus;
import org.fiscalextract.model.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    private static DocumentReader reader;

    @TempDir
    Path tmp;

    @BeforeAll
    static void openReader() {
        reader = new DocumentReader(ReaderConfig.defaults());
    }

    @AfterAll
    static void closeReader() {
        reader.close();
    }

    private static List<InputFile> inputs(Path dir) {
        return new InputCollector(GlobFilter.all(), null).collect(List.of(dir.toString()));
    }

    @Test
    void identicalContentIsReadOnceAndEveryCopyGetsARow() throws IOException {
        Path in = tmp.resolve("in");
        for (int i = 0; i < 12; i++) {
            Samples.utf8(in.resolve("copy-" + i + ".txt"), Samples.report("东区"));
        }
        Samples.utf8(in.resolve("other.txt"), Samples.report("西区"));
        Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
        Path out = tmp.resolve("out");

        RunSummary summary = new BatchRunner((path, docId) -> {
            reads.computeIfAbsent(docId, id -> new AtomicInteger()).incrementAndGet();
            return Report.withoutFacts(docId, reader.read(path, docId));
        }, 4, out, BatchRunner.Progress.NONE).run(inputs(in), new RunSummary());

        assertEquals(13, summary.files());
        assertEquals(2, reads.size());
        reads.values().forEach(count -> assertEquals(1, count.get()));
        List<CSVRecord> rows = Cli.documents(out);
        assertEquals(13, rows.size());
        assertEquals(2, rows.stream().map(r -> r.get("doc_id")).distinct().count());
        assertEquals(12, rows.stream().filter(r -> r.get("doc_id").equals(rows.get(0).get("doc_id"))).count());
        assertEquals(List.of("ok"), rows.stream().map(r -> r.get("status")).distinct().toList());
    }

    @Test
    void manyFilesOnManyThreadsComeOutInInputOrder() throws IOException {
        Path in = tmp.resolve("in");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String name = String.format("%03d.txt", i);
            Samples.utf8(in.resolve(name), i % 10 == 0 ? "" : Samples.report("区" + i));
            expected.add(in + "/" + name);
        }
        Path out = tmp.resolve("out");
        List<ReadStatus> seen = java.util.Collections.synchronizedList(new ArrayList<>());

        RunSummary summary = new BatchRunner((path, docId) -> {
            // finish out of order: later files are quicker
            sleepQuietly(path.getFileName().toString().hashCode() & 3);
            return Report.withoutFacts(docId, reader.read(path, docId));
        }, 8, out, seen::add).run(inputs(in), new RunSummary());

        assertEquals(expected, Cli.column(Cli.documents(out), "source_path"));
        assertEquals(300, seen.size());
        assertEquals(1, summary.exitCode());
        assertEquals(270, Cli.filesUnder(out.resolve("text")).size()); // 30 of the 300 are empty
    }

    @Test
    void aReaderThatThrowsFailsOneFileNotTheRun() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("a.txt"), Samples.report("东区"));
        Samples.utf8(in.resolve("b.txt"), Samples.report("西区"));
        Path out = tmp.resolve("out");

        new BatchRunner((path, docId) -> {
            if (path.endsWith("a.txt")) {
                throw new IllegalStateException("parser bug");
            }
            return Report.withoutFacts(docId, reader.read(path, docId));
        }, 2, out, BatchRunner.Progress.NONE).run(inputs(in), new RunSummary());

        List<CSVRecord> rows = Cli.documents(out);
        assertEquals(List.of("failed", "ok"), Cli.column(rows, "status"));
        assertEquals("parser_error", rows.get(0).get("error_code"));
        assertTrue(rows.get(0).get("error").contains("parser bug"));
    }

    @Test
    void unwritableOutputIsAnIOExceptionAndLeavesTheEarlierCsv() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("a.txt"), Samples.report("东区"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("documents.csv"), "from an earlier run\n");
        Files.createDirectories(out.resolve("text"));
        ReadOutcome outcome = reader.read(in.resolve("a.txt"), ContentHash.of(in.resolve("a.txt")).docId());
        // a directory where the text file must go makes the atomic move fail
        Files.createDirectories(out.resolve("text/" + ContentHash.of(in.resolve("a.txt")).docId() + ".txt/x"));

        assertThrows(IOException.class, () -> new BatchRunner((path, docId) -> Report.withoutFacts(docId, outcome), 1, out,
                BatchRunner.Progress.NONE).run(inputs(in), new RunSummary()));

        assertEquals("from an earlier run\n", Files.readString(out.resolve("documents.csv")));
        assertTrue(Cli.filesUnder(out).stream().noneMatch(name -> name.contains(".fiscal-extract-")),
                Cli.filesUnder(out).toString());
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
