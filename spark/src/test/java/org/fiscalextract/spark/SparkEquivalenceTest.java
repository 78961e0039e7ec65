package org.fiscalextract.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fiscalextract.exporter.ContractCsv;
import org.fiscalextract.exporter.ContractSchema;
import org.fiscalextract.exporter.ContractSchema.Column;
import org.fiscalextract.exporter.ContractSchema.Table;
import org.fiscalextract.exporter.ContractSchema.Type;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in {@code local[2]} and the command line over the same folder give the same
 * rows: documents, facts, projects and findings row for row (read back from the job's CSV and
 * Parquet files alike), and comparison.csv byte for byte.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkEquivalenceTest {
    private static final String REPORTS = "../corpus/reports";
    private static final String BAD = "../corpus/bad";

    private SparkSession spark;

    @BeforeAll
    void startSpark() {
        spark = LocalSpark.get();
    }

    @Test
    void theReportsGiveTheCommandLinesRows(@TempDir Path temp) throws IOException {
        assertTrue(Files.isDirectory(Path.of(REPORTS)), "the corpus is part of the repository, not at " + Path.of(REPORTS).toAbsolutePath());
        Path cli = temp.resolve("cli");
        Path job = temp.resolve("spark");
        runCommandLine(REPORTS, cli);
        SparkExtract.Summary summary = SparkExtract.run(spark, JobOptions.of(REPORTS, job.toString()));

        Map<String, List<List<String>>> expected = assertSameTables(cli, job);
        assertTrue(expected.get("facts").size() >= 300, "the corpus gives hundreds of facts");
        assertTrue(expected.get("projects").size() > 0, "the corpus gives projects");
        assertTrue(expected.get("findings").size() > 0, "the corpus gives findings");
        assertEquals(expected.get("documents").size(), summary.files());
        assertEquals(expected.get("facts").size(), summary.facts());
        assertEquals(expected.get("projects").size(), summary.projects());
        assertEquals(expected.get("findings").size(), summary.findings());
        // two pairs of files in the corpus share a content: each content's rows once
        long contents = expected.get("documents").stream().map(r -> r.get(0)).distinct().count();
        assertTrue(contents < expected.get("documents").size(), "the corpus has copies");
    }

    @Test
    void badFilesGetFailedRowsAsInTheCommandLine(@TempDir Path temp) throws IOException {
        assertTrue(Files.isDirectory(Path.of(BAD)), "the corpus is part of the repository, not at " + Path.of(BAD).toAbsolutePath());
        Path cli = temp.resolve("cli");
        Path job = temp.resolve("spark");
        // below oversize.txt's 307,412 bytes, so a file too large is among them
        runCommandLine(BAD, cli, "--max-file-size", "300KB");
        SparkExtract.run(spark, JobOptions.of(BAD, job.toString()).withMaxFileBytes(300 * 1024));

        Map<String, List<List<String>>> expected = assertSameTables(cli, job);
        List<List<String>> documents = expected.get("documents");
        long inputFiles;
        try (var files = Files.list(Path.of(BAD))) {
            inputFiles = files.filter(Files::isRegularFile).count();
        }
        assertEquals(inputFiles, documents.size(), "every file has its row");
        int status = ContractSchema.DOCUMENTS.header().indexOf("status");
        int code = ContractSchema.DOCUMENTS.header().indexOf("error_code");
        int error = ContractSchema.DOCUMENTS.header().indexOf("error");
        List<String> codes = documents.stream().filter(r -> r.get(status).equals("failed"))
                .map(r -> r.get(code)).toList();
        assertTrue(codes.containsAll(List.of("empty_file", "damaged", "encrypted", "too_large")), codes.toString());
        assertTrue(documents.stream().filter(r -> r.get(status).equals("failed")).noneMatch(r -> r.get(error).isEmpty()),
                "a failed file says why");
    }

    @Test
    void aMissingInputIsRefusedBeforeAnythingIsWritten(@TempDir Path temp) {
        Path out = temp.resolve("out");
        FileNotFoundException e = assertThrows(FileNotFoundException.class,
                () -> SparkExtract.run(spark, JobOptions.of("../corpus/no-such-folder", out.toString())));
        assertTrue(e.getMessage().contains("../corpus/no-such-folder"), e.getMessage());
        assertFalse(Files.exists(out));
    }

    private static void runCommandLine(String input, Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("extract", input, "--out", out.toString(), "--format", "csv",
                "--no-progress"));
        args.addAll(List.of(options));
        CommandLineRun.Result result = CommandLineRun.run(args);
        assertTrue(result.exitCode() <= 1, "the command line ran: " + result.err());
    }

    /** Asserts the job wrote what the command line did; returns the command line's rows by table. */
    private Map<String, List<List<String>>> assertSameTables(Path cli, Path job) throws IOException {
        Map<String, List<List<String>>> expected = new LinkedHashMap<>();
        Map<String, List<String>> province = new HashMap<>();
        for (Table table : ContractSchema.tables()) {
            List<List<String>> rows = ContractCsv.read(cli, table).stream().map(ContractCsv.Row::values).toList();
            expected.put(table.name(), rows);

            List<SparkOutput.Found> found = SparkOutput.csv(job, table);
            assertSameRows("csv/" + table.name(), rows, found.stream().map(SparkOutput.Found::values).toList());
            assertSameRows("parquet/" + table.name(), rows, parquet(job, table));

            if (table == ContractSchema.DOCUMENTS) {
                int docId = table.header().indexOf("doc_id");
                int p = table.header().indexOf("province");
                int y = table.header().indexOf("fiscal_year");
                rows.forEach(r -> province.put(r.get(docId), List.of(r.get(p), r.get(y))));
            } else {
                for (SparkOutput.Found f : found) {
                    assertEquals(province.get(f.values().get(0)), List.of(f.province(), f.fiscalYear()),
                            table.name() + " row in its document's partition: " + f.values());
                }
            }
        }
        byte[] comparison = Files.readAllBytes(cli.resolve("comparison.csv"));
        byte[] jobComparison = Files.readAllBytes(job.resolve("comparison.csv"));
        assertSameRows("comparison.csv lines", lines(comparison), lines(jobComparison));
        assertArrayEquals(comparison, jobComparison, "comparison.csv byte for byte");
        return expected;
    }

    /** The job's Parquet table as text: decimals checked against their exact text, which stands for them. */
    private List<List<String>> parquet(Path job, Table table) {
        List<Row> rows = spark.read().parquet(job.resolve("parquet").resolve(table.name()).toString()).collectAsList();
        List<List<String>> text = new ArrayList<>();
        for (Row row : rows) {
            List<String> values = new ArrayList<>();
            for (Column c : table.columns()) {
                Object value = row.get(row.fieldIndex(c.name()));
                if (c.type() == Type.NUMBER) {
                    String exact = row.getString(row.fieldIndex(c.name() + SparkTables.EXACT));
                    if (exact != null) {
                        // decimal(38,18) holds every value the corpus gives, digit for digit
                        assertNotNull(value, c.name() + " " + exact + " fits decimal(38,18)");
                        assertEquals(0, new BigDecimal(exact).compareTo((BigDecimal) value),
                                c.name() + " decimal equals its exact text " + exact);
                    }
                    value = exact;
                }
                values.add(value == null ? "" : value.toString());
            }
            text.add(values);
        }
        return text;
    }

    private static List<List<String>> lines(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).lines().map(List::of).toList();
    }

    /** Both as sorted lists of rows; the message shows the first row that differs. */
    private static void assertSameRows(String what, List<List<String>> expected, List<List<String>> actual) {
        List<List<String>> e = sorted(expected);
        List<List<String>> a = sorted(actual);
        for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
            if (!e.get(i).equals(a.get(i))) {
                fail(what + ": first differing row (sorted), #" + i + "\n  command line: " + e.get(i)
                        + "\n  spark:        " + a.get(i));
            }
        }
        if (e.size() != a.size()) {
            List<List<String>> longer = e.size() > a.size() ? e : a;
            fail(what + ": " + e.size() + " rows from the command line, " + a.size() + " from spark; first extra: "
                    + longer.get(Math.min(e.size(), a.size())));
        }
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        Comparator<List<String>> byText = Comparator.comparing(r -> String.join("\u0001", r));
        return rows.stream().sorted(byText).collect(Collectors.toList());
    }
}
