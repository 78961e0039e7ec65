package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.fiscalextract.model.document.ContentHash;
import org.fiscalextract.exporter.DocumentsCsv;
import org.fiscalextract.exporter.FindingsCsv;
import org.fiscalextract.exporter.ProjectsCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole command over small folders made in the test: what lands in documents.csv and text/. */
class ExtractCommandTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) files?: (\\d+) ok, (\\d+) partial, (\\d+) failed in \\d+\\.\\d s \\(\\d+\\.\\d docs/s\\) → .*documents\\.csv");

    @TempDir
    Path tmp;

    @Test
    void everyFileGetsOneRowInPathOrderWithItsColumns() throws IOException {
        Path in = tmp.resolve("in");
        Path utf8 = Samples.utf8(in.resolve("b-utf8.txt"), Samples.report("东区"));
        Path gbk = Samples.gbk(in.resolve("a-gbk.txt"), Samples.report("西区"));
        Samples.empty(in.resolve("c-empty.txt"));
        Samples.binary(in.resolve("d-binary.txt"), 1);
        Samples.utf8(in.resolve("sub/e-nested.txt"), Samples.report("仁和区"));
        Samples.utf8(in.resolve(".hidden.txt"), "hidden");
        Samples.utf8(in.resolve(".DS_Store"), "mac debris");
        Samples.utf8(in.resolve(".git/config"), "[core]");
        Path out = tmp.resolve("out");

        Cli.Result result = Cli.run("extract", in.toString(), "--out", out.toString());

        assertEquals(1, result.exitCode(), result.err());
        List<CSVRecord> rows = Cli.documents(out);
        assertEquals(DocumentsCsv.HEADER, rows.get(0).getParser().getHeaderNames());
        assertEquals(List.of(in + "/a-gbk.txt", in + "/b-utf8.txt", in + "/c-empty.txt", in + "/d-binary.txt",
                in + "/sub/e-nested.txt"), Cli.column(rows, "source_path"));
        assertEquals(List.of("ok", "ok", "failed", "failed", "ok"), Cli.column(rows, "status"));
        assertEquals(List.of("", "", "empty_file", "not_text", ""), Cli.column(rows, "error_code"));
        assertEquals(List.of("txt", "txt", "unknown", "txt", "txt"), Cli.column(rows, "format"));

        CSVRecord gbkRow = rows.get(0);
        String sha = ContentHash.of(gbk).sha256();
        assertEquals(sha, gbkRow.get("sha256"));
        assertEquals(sha.substring(0, 16), gbkRow.get("doc_id"));
        assertEquals(String.valueOf(Files.size(gbk)), gbkRow.get("bytes"));
        assertEquals("", gbkRow.get("error"));
        List<CSVRecord> facts = Cli.records(out.resolve("facts.csv"));
        long gbkFacts = facts.stream().filter(f -> f.get("doc_id").equals(gbkRow.get("doc_id"))).count();
        assertTrue(gbkFacts > 0, "the sample report states amounts and a rate");
        assertEquals(String.valueOf(gbkFacts), gbkRow.get("facts"));
        assertEquals("0", gbkRow.get("findings"));
        assertEquals("", gbkRow.get("millis"), "not timed unless --timings");
        assertEquals("file is empty (0 bytes)", rows.get(2).get("error"));

        // text for the documents read, none for the failed ones, no temporary files
        String utf8Id = ContentHash.of(utf8).docId();
        String text = Files.readString(out.resolve("text/" + utf8Id + ".txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains("预算执行率为95.24%"), text);
        assertTrue(Files.readString(out.resolve("text/" + gbkRow.get("doc_id") + ".txt")).contains("西区财政局"));
        List<String> expectedFiles = new ArrayList<>(Cli.RUN_FILES);
        rows.forEach(r -> expectedFiles.add("json/" + r.get("doc_id") + ".json"));
        rows.stream().filter(r -> r.get("status").equals("ok")).forEach(r -> expectedFiles.add("text/" + r.get("doc_id") + ".txt"));
        assertEquals(expectedFiles.stream().sorted().toList(), Cli.filesUnder(out));
    }

    @Test
    void findingsAndProjectsCsvHaveTheirHeaderEvenWhenEmpty() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("report.txt"), Samples.report("东区"));
        Samples.empty(in.resolve("empty.txt"));
        String findingsHeader = "\uFEFF" + String.join(",", FindingsCsv.HEADER) + "\r\n";
        String projectsHeader = "\uFEFF" + String.join(",", ProjectsCsv.HEADER) + "\r\n";

        for (String mode : List.of("facts", "no-facts")) {
            Path out = tmp.resolve("out-" + mode);
            Cli.Result result = mode.equals("facts")
                    ? Cli.run("extract", in.toString(), "--out", out.toString())
                    : Cli.run("extract", in.toString(), "--out", out.toString(), "--no-facts");
            assertEquals(1, result.exitCode(), result.err());
            // the sample report adds up and names no evaluated project; the empty file is not read
            assertEquals(findingsHeader, Files.readString(out.resolve("findings.csv"), StandardCharsets.UTF_8), mode);
            assertEquals(projectsHeader, Files.readString(out.resolve("projects.csv"), StandardCharsets.UTF_8), mode);
            assertEquals(List.of("0", "0"), Cli.column(Cli.documents(out), "findings"), mode);
        }
        assertEquals("doc_id,finding_id,check,severity,message,expected,actual,difference,tolerance,fact_ids,quotes,unit",
                String.join(",", FindingsCsv.HEADER));
        assertEquals("doc_id,project,funds_yuan,budget_initial_yuan,budget_adjusted_yuan,executed_yuan,execution_rate,"
                + "score,grade,evaluator,fact_ids", String.join(",", ProjectsCsv.HEADER));
    }

    @Test
    void summaryOnStdoutAndNothingOnStderrWhenAllFilesAreRead() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("one.txt"), Samples.report("东区"));
        Samples.gbk(in.resolve("two.txt"), Samples.report("西区"));
        Path out = tmp.resolve("out");

        Cli.Result result = Cli.run("extract", in.toString(), "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err(), "no progress and no log lines when stderr is not a terminal");
        List<String> lines = result.out().lines().toList();
        assertEquals(1, lines.size(), result.out());
        assertTrue(SUMMARY.matcher(lines.get(0)).matches(), lines.get(0));
        assertTrue(lines.get(0).startsWith("2 files: 2 ok, 0 partial, 0 failed in "), lines.get(0));
        assertTrue(lines.get(0).endsWith("→ " + out.resolve("documents.csv")), lines.get(0));
    }

    @Test
    void summaryListsFailedFilesUpToTwentyLines() throws IOException {
        Path in = tmp.resolve("in");
        for (int i = 0; i < 25; i++) {
            Samples.empty(in.resolve(String.format("empty-%02d.txt", i)));
        }
        Samples.utf8(in.resolve("fine.txt"), Samples.report("东区"));

        Cli.Result result = Cli.run("extract", in.toString(), "--out", tmp.resolve("out").toString());

        assertEquals(1, result.exitCode());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.get(0).startsWith("26 files: 1 ok, 0 partial, 25 failed in "), lines.get(0));
        assertEquals("  failed   " + in + "/empty-00.txt: file is empty (0 bytes)", lines.get(1));
        assertEquals("  failed   " + in + "/empty-19.txt: file is empty (0 bytes)", lines.get(20));
        assertEquals("  … and 5 more, see documents.csv", lines.get(21));
        assertEquals(22, lines.size());
    }

    @Test
    void chineseFolderAndFileNames() throws IOException {
        Path in = tmp.resolve("四川省");
        Samples.utf8(in.resolve("攀枝花市/东区财政局2024年度部门决算说明.txt"), Samples.report("东区"));
        Samples.gbk(in.resolve("攀枝花市/西区/预算绩效自评报告（GBK）.txt"), Samples.report("西区"));
        Path out = tmp.resolve("输出");

        Cli.Result result = Cli.run("extract", in.toString(), "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        List<CSVRecord> rows = Cli.documents(out);
        assertEquals(List.of(in + "/攀枝花市/东区财政局2024年度部门决算说明.txt", in + "/攀枝花市/西区/预算绩效自评报告（GBK）.txt"),
                Cli.column(rows, "source_path"));
        for (CSVRecord row : rows) {
            assertTrue(Files.exists(out.resolve("text/" + row.get("doc_id") + ".txt")));
        }
        assertTrue(result.out().contains("输出"), result.out());
    }

    @Test
    void includeAndExcludeGlobsMatchThePathInsideTheInputFolder() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("top.TXT"), Samples.report("一区"));
        Samples.utf8(in.resolve("notes.md"), "# notes");
        Samples.utf8(in.resolve("2023/a.txt"), Samples.report("二区"));
        Samples.utf8(in.resolve("2024/b.txt"), Samples.report("三区"));
        Samples.utf8(in.resolve("2024/old/c.txt"), Samples.report("四区"));
        Samples.utf8(in.resolve("2024/old/d.md"), "# old notes");

        assertEquals(List.of("2023/a.txt", "2024/b.txt", "2024/old/c.txt", "top.TXT"),
                listed(in, "--include", "*.txt"));
        assertEquals(List.of("2023/a.txt", "2024/b.txt", "2024/old/c.txt", "top.TXT"),
                listed(in, "--include", "**/*.txt"));
        assertEquals(List.of("2024/b.txt", "2024/old/c.txt", "2024/old/d.md"),
                listed(in, "--include", "2024/**"));
        assertEquals(List.of("2023/a.txt", "2024/b.txt", "top.TXT"),
                listed(in, "--include", "*.txt", "--exclude", "old"));
        assertEquals(List.of("2024/old/d.md", "notes.md"),
                listed(in, "--exclude", "*.txt"));
        assertEquals(List.of("2023/a.txt", "notes.md", "top.TXT"),
                listed(in, "--exclude", "2024/**", "--exclude", "2024"));
        assertEquals(List.of("2023/a.txt", "2024/b.txt"),
                listed(in, "--include", "20{23,24}/*.txt"));
    }

    private List<String> listed(Path in, String... options) throws IOException {
        Path out = tmp.resolve("out-" + String.join("_", options).replaceAll("[^A-Za-z0-9_-]", "x"));
        String[] args = new String[options.length + 4];
        args[0] = "extract";
        args[1] = in.toString();
        args[2] = "--out";
        args[3] = out.toString();
        System.arraycopy(options, 0, args, 4, options.length);
        Cli.Result result = Cli.run(args);
        assertTrue(result.exitCode() <= 1, result.err());
        return Cli.column(Cli.documents(out), "source_path").stream()
                .map(p -> p.substring(in.toString().length() + 1)).toList();
    }

    @Test
    void fileNamedDirectlyIsReadWhateverTheGlobsSay() throws IOException {
        Path file = Samples.utf8(tmp.resolve("report.txt"), Samples.report("东区"));
        Path out = tmp.resolve("out");

        Cli.Result result = Cli.run("extract", file.toString(), "--include", "*.pdf", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of(file.toString()), Cli.column(Cli.documents(out), "source_path"));
    }

    @Test
    void identicalFilesGetTheSameIdAndOneTextFile() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("a/report.txt"), Samples.report("东区"));
        Samples.utf8(in.resolve("b/copy of report.txt"), Samples.report("东区"));
        Samples.utf8(in.resolve("c/other.txt"), Samples.report("西区"));
        Path out = tmp.resolve("out");

        Cli.Result result = Cli.run("extract", in.toString(), "--out", out.toString(), "--threads", "4");

        assertEquals(0, result.exitCode(), result.err());
        List<CSVRecord> rows = Cli.documents(out);
        assertEquals(3, rows.size());
        assertEquals(rows.get(0).get("doc_id"), rows.get(1).get("doc_id"));
        assertEquals(rows.get(0).get("sha256"), rows.get(1).get("sha256"));
        assertFalse(rows.get(0).get("doc_id").equals(rows.get(2).get("doc_id")));
        assertEquals(List.of("ok", "ok", "ok"), Cli.column(rows, "status"));
        assertEquals(2, Cli.filesUnder(out.resolve("text")).size());
    }

    @Test
    void sameFileGivenTwiceIsListedOnce() throws IOException {
        Path in = tmp.resolve("in");
        Path file = Samples.utf8(in.resolve("report.txt"), Samples.report("东区"));
        Path out = tmp.resolve("out");

        Cli.Result result = Cli.run("extract", in + "/", file.toString(), "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of(in + "/report.txt"), Cli.column(Cli.documents(out), "source_path"));
    }

    @Test
    void aSecondRunReplacesTheFirstRunsOutput() throws IOException {
        Path first = Samples.utf8(tmp.resolve("first/one.txt"), Samples.report("东区"));
        Path second = Samples.utf8(tmp.resolve("second/two.txt"), Samples.report("西区"));
        Path out = tmp.resolve("out");
        Files.createDirectories(out.resolve("text"));
        Files.writeString(out.resolve("text/notes.txt"), "the user's own file");

        assertEquals(0, Cli.run("extract", first.getParent().toString(), "--out", out.toString()).exitCode());
        assertEquals(0, Cli.run("extract", second.getParent().toString(), "--out", out.toString()).exitCode());

        List<CSVRecord> rows = Cli.documents(out);
        assertEquals(List.of(second.toString()), Cli.column(rows, "source_path"));
        String id = rows.get(0).get("doc_id");
        List<String> expected = new ArrayList<>(Cli.RUN_FILES);
        expected.addAll(List.of("json/" + id + ".json", "text/" + id + ".txt", "text/notes.txt"));
        assertEquals(expected.stream().sorted().toList(), Cli.filesUnder(out));
    }

    @Test
    void outputFolderInsideTheInputIsNotRead() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("report.txt"), Samples.report("东区"));
        Path out = in.resolve("out");

        assertEquals(0, Cli.run("extract", in.toString(), "--out", out.toString()).exitCode());
        Cli.Result again = Cli.run("extract", in.toString(), "--out", out.toString());

        assertEquals(0, again.exitCode(), again.err());
        assertEquals(List.of(in + "/report.txt"), Cli.column(Cli.documents(out), "source_path"));
    }

    @Test
    void limitsFromTheCommandLineReachTheReader() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("long.txt"), Samples.report("东区").repeat(20));
        Samples.utf8(in.resolve("short.txt"), "预算执行率为95.24%。\n");
        Path out = tmp.resolve("out");

        Cli.Result sized = Cli.run("extract", in.toString(), "--out", out.toString(), "--max-file-size", "1KB");
        assertEquals(1, sized.exitCode());
        assertEquals(List.of("too_large", ""), Cli.column(Cli.documents(out), "error_code"));

        Cli.Result cut = Cli.run("extract", in.toString(), "--out", out.toString(), "--max-text-chars", "100",
                "--time-limit", "30s");
        assertEquals(1, cut.exitCode());
        List<CSVRecord> rows = Cli.documents(out);
        assertEquals(List.of("partial", "ok"), Cli.column(rows, "status"));
        assertEquals("text_limit", rows.get(0).get("error_code"));
        assertTrue(Files.exists(out.resolve("text/" + rows.get(0).get("doc_id") + ".txt")), "partial text is kept");
        assertTrue(cut.out().contains("  partial  " + in + "/long.txt: text cut off"), cut.out());
    }

    @Test
    void progressLineOnlyWhenStderrIsATerminal() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("one.txt"), Samples.report("东区"));

        Cli.Result shown = Cli.run(c -> c.terminal = () -> true, "extract", in.toString(), "--out",
                tmp.resolve("a").toString());
        assertTrue(shown.err().startsWith("\r["), shown.err());
        assertTrue(shown.err().endsWith("\r"), "the line is cleared before the summary");
        assertFalse(shown.out().contains("\r"));

        Cli.Result quiet = Cli.run(c -> c.terminal = () -> true, "extract", in.toString(), "--no-progress",
                "--out", tmp.resolve("b").toString());
        assertEquals("", quiet.err());
    }
}
