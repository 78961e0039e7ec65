package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.csv.CSVRecord;
import org.fiscalextract.model.document.ContentHash;
import org.fiscalextract.exporter.FindingsCsv;
import org.fiscalextract.exporter.ProjectsCsv;
import org.fiscalextract.model.check.EvaluatedProject;
import org.fiscalextract.model.check.Finding;
import org.fiscalextract.model.check.Quote;
import org.fiscalextract.model.check.Severity;
import org.fiscalextract.model.document.DocumentFacts;
import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.MoneyUnit;
import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity;
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

    /**
     * Regression: a content's copies raced to be read, and the pipeline takes facts from the
     * path (a region in a folder name), so the copies' rows could change from run to run.
     */
    @Test
    void aContentIsAlwaysReadThroughItsFirstFileInInputOrder() throws IOException {
        Path in = tmp.resolve("in");
        for (int i = 0; i < 8; i++) {
            Samples.utf8(in.resolve("copy-" + i + ".txt"), Samples.report("东区"));
        }
        for (int run = 0; run < 5; run++) {
            List<String> readThrough = java.util.Collections.synchronizedList(new ArrayList<>());
            new BatchRunner((path, docId) -> {
                readThrough.add(path.getFileName().toString());
                return Report.withoutFacts(docId, reader.read(path, docId));
            }, 4, tmp.resolve("out-" + run), BatchRunner.Progress.NONE).run(inputs(in), new RunSummary());
            assertEquals(List.of("copy-0.txt"), readThrough, "run " + run);
        }
    }

    @Test
    void findingsAndProjectsAreWrittenInInputOrderOncePerContentAndCounted() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("a.txt"), Samples.report("东区"));
        Samples.utf8(in.resolve("b.txt"), Samples.report("东区"));
        Samples.utf8(in.resolve("c.txt"), Samples.report("西区"));
        Path out = tmp.resolve("out");

        new BatchRunner((path, docId) -> {
            Fact total = new Fact("f1", new Quantity.Amount(new BigDecimal("1302.76"), MoneyUnit.WAN), Qualifier.EXACT,
                    0, 9, "1302.76万元", new Location.Paragraph(0, 3), "test", "收入合计", "income_total", "", "合计");
            Quote quote = new Quote("f1", "1302.76万元", "收入合计1302.76万元", "p3");
            List<Finding> findings = List.of(
                    new Finding("breakdown_sum", Severity.ERROR, "parts of " + docId, "yuan",
                            Optional.of(new BigDecimal("12927600")), Optional.of(new BigDecimal("13027600")),
                            Optional.of(new BigDecimal("100000")), Optional.of(new BigDecimal("100")), List.of(quote)),
                    new Finding("restated_quantity", Severity.INFO, "within rounding", "yuan", Optional.empty(),
                            Optional.empty(), Optional.empty(), Optional.empty(), List.of(quote)));
            EvaluatedProject project = new EvaluatedProject("项目" + docId, Optional.of(total), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "");
            return new Report(docId, reader.read(path, docId), DocumentFacts.NONE, List.of(total), List.of(project),
                    findings);
        }, 3, out, BatchRunner.Progress.NONE).run(inputs(in), new RunSummary());

        List<CSVRecord> documents = Cli.documents(out);
        String a = documents.get(0).get("doc_id");
        String c = documents.get(2).get("doc_id");
        assertEquals(List.of(a, a, c), Cli.column(documents, "doc_id"));
        assertEquals(List.of("2", "2", "2"), Cli.column(documents, "findings"));
        assertEquals(List.of("1", "1", "1"), Cli.column(documents, "facts"));

        List<CSVRecord> findings = Cli.records(out.resolve("findings.csv"));
        assertEquals(FindingsCsv.HEADER, findings.get(0).getParser().getHeaderNames());
        assertEquals(List.of(a, a, c, c), Cli.column(findings, "doc_id"));
        assertEquals(List.of("c1", "c2", "c1", "c2"), Cli.column(findings, "finding_id"));
        assertEquals(List.of("error", "info", "error", "info"), Cli.column(findings, "severity"));
        assertEquals("parts of " + c, findings.get(2).get("message"));
        assertEquals("f1 p3 “1302.76万元”", findings.get(0).get("quotes"));
        assertEquals("100000", findings.get(0).get("difference"));

        List<CSVRecord> projects = Cli.records(out.resolve("projects.csv"));
        assertEquals(ProjectsCsv.HEADER, projects.get(0).getParser().getHeaderNames());
        assertEquals(List.of("项目" + a, "项目" + c), Cli.column(projects, "project"));
        assertEquals(List.of("13027600", "13027600"), Cli.column(projects, "funds_yuan"));

        String json = Files.readString(out.resolve("json/" + a + ".json"));
        assertTrue(json.contains("\"finding_id\": \"c2\"") && json.contains("\"sentence\": \"收入合计1302.76万元\""), json);
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

    /** A copy handed out long after its first file was written finds that row in the on-disk index. */
    @Test
    void aCopyFarBehindItsFirstFileSharesItsRow() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("000-first.txt"), Samples.report("东区"));
        for (int i = 1; i < 400; i++) { // more than the window of files in flight
            Samples.utf8(in.resolve(String.format("%03d.txt", i)), Samples.report("区" + i));
        }
        Samples.utf8(in.resolve("999-copy.txt"), Samples.report("东区"));
        Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
        Path out = tmp.resolve("out");

        new BatchRunner((path, docId) -> {
            reads.computeIfAbsent(docId, id -> new AtomicInteger()).incrementAndGet();
            return Report.withoutFacts(docId, reader.read(path, docId));
        }, 2, out, BatchRunner.Progress.NONE).run(inputs(in), new RunSummary());

        assertEquals(400, reads.size());
        reads.values().forEach(count -> assertEquals(1, count.get()));
        List<CSVRecord> rows = Cli.documents(out);
        assertEquals(401, rows.size());
        CSVRecord first = rows.get(0);
        CSVRecord copy = rows.get(400);
        assertEquals(in.resolve("999-copy.txt").toString(), copy.get("source_path"));
        for (String column : first.getParser().getHeaderNames()) {
            if (!column.equals("source_path")) {
                assertEquals(first.get(column), copy.get(column), column);
            }
        }
        try (var left = Files.list(out)) {
            assertEquals(List.of(), left.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList(),
                    "the index's temporary file is removed");
        }
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

    /** A class that failed to load or a stack overflow on one document: that file fails, every file keeps its row. */
    @Test
    void anErrorOfOneDocumentFailsThatFileOnly() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("a.txt"), Samples.report("东区"));
        Samples.utf8(in.resolve("b.txt"), Samples.report("西区"));
        Samples.utf8(in.resolve("c.txt"), Samples.report("南区"));
        Path out = tmp.resolve("out");

        new BatchRunner((path, docId) -> {
            if (path.endsWith("a.txt")) {
                throw new ExceptionInInitializerError("pattern did not compile");
            }
            if (path.endsWith("b.txt")) {
                throw new StackOverflowError();
            }
            return Report.withoutFacts(docId, reader.read(path, docId));
        }, 2, out, BatchRunner.Progress.NONE).run(inputs(in), new RunSummary());

        assertEquals(List.of("failed", "failed", "ok"), Cli.column(Cli.documents(out), "status"));
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
