package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real corpus (every format, plus damaged, encrypted, scanned, slow and oversized files):
 * every file is listed once, nothing stops the run. Runs last: slow.pdf leaves a parser thread
 * spinning after its time limit, which would slow the tests after it.
 */
@Order(Integer.MAX_VALUE)
class CorpusTest {
    private static final Path CORPUS = Path.of("..", "corpus");

    @TempDir
    Path tmp;

    @Test
    void everyReportAndEveryBadInputIsListed() throws IOException {
        Path reports = CORPUS.resolve("reports");
        Path bad = CORPUS.resolve("bad");
        assumeTrue(Files.isDirectory(reports) && Files.isDirectory(bad), "no corpus at " + CORPUS.toAbsolutePath());
        Path out = tmp.resolve("out");

        // slow.pdf takes 5-10 s: whether it beats the time limit depends on the machine, so the
        // limit itself is tested on its own (BadInputTest, ExitCodeTest); here it only must be listed
        Cli.Result result = Cli.run("extract", reports.toString(), bad.toString(), "--out", out.toString());

        assertEquals(1, result.exitCode(), result.out() + result.err());
        List<CSVRecord> rows = Cli.documents(out);
        List<String> expected = Stream.concat(listed(reports), listed(bad)).toList();
        assertEquals(expected, Cli.column(rows, "source_path"));
        for (CSVRecord row : rows) {
            String where = row.get("source_path");
            if (row.get("status").equals("failed")) {
                assertFalse(row.get("error").isEmpty(), where);
                assertFalse(row.get("error_code").isEmpty(), where);
            } else {
                assertTrue(Files.exists(out.resolve("text/" + row.get("doc_id") + ".txt")), where);
            }
            if (where.startsWith(reports.toString())) {
                assertEquals("ok", row.get("status"), where + ": " + row.get("error"));
            }
        }
    }

    @Test
    void aFileThatTakesTooLongIsGivenUpAndTheRunGoesOn() throws IOException {
        Path bad = CORPUS.resolve("bad");
        assumeTrue(Files.isDirectory(bad), "no corpus at " + CORPUS.toAbsolutePath());
        Path out = tmp.resolve("out");

        Cli.Result result = Cli.run("extract", bad.resolve("slow.pdf").toString(),
                bad.resolve("oversize.txt").toString(), "--out", out.toString(), "--time-limit", "1s");

        assertEquals(1, result.exitCode(), result.out() + result.err());
        List<CSVRecord> rows = Cli.documents(out);
        assertEquals(List.of("failed", "ok"), Cli.column(rows, "status"));
        assertEquals("time_limit", rows.get(0).get("error_code"));
        assertTrue(rows.get(0).get("error").startsWith("reading took longer than the time limit of 1 s"),
                rows.get(0).get("error"));
    }

    /** The files a user sees in the folder, as documents.csv should name them, in path order. */
    private static Stream<String> listed(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> dir + "/" + dir.relativize(p).toString().replace('\\', '/'))
                    .sorted(CorpusTest::byFolder)
                    .toList().stream();
        }
    }

    private static int byFolder(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
