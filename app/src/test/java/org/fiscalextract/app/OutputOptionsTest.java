package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fiscalextract.exporter.datapackage.PackageValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What --format, --no-bom and --timings change in the output folder, and what they leave alone. */
class OutputOptionsTest {
    private static final List<String> CSV_FILES = List.of("documents.csv", "facts.csv", "projects.csv",
            "findings.csv", "comparison.csv", "divisions.csv");

    @TempDir
    Path tmp;

    private Path input() throws IOException {
        Path in = tmp.resolve("in");
        Samples.utf8(in.resolve("report.txt"), Samples.report("东区"));
        return in;
    }

    private static boolean startsWithBom(Path file) throws IOException {
        byte[] head = Files.readAllBytes(file);
        return head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
    }

    @Test
    void byDefaultEveryCsvStartsWithAByteOrderMarkAndMillisIsEmpty() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Result result = Cli.run("extract", input().toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        for (String csv : CSV_FILES) {
            assertTrue(startsWithBom(out.resolve(csv)), csv);
        }
        assertEquals(List.of(""), Cli.column(Cli.documents(out), "millis"));
        assertTrue(Files.isRegularFile(out.resolve("facts.jsonl")));
        assertTrue(Files.isDirectory(out.resolve("json")));
        assertEquals("东区", Cli.column(Cli.records(out.resolve("comparison.csv")), "region").get(0));
    }

    /** The folder a run writes holds to its own datapackage.json: types, keys, references. */
    @Test
    void theOutputValidatesAgainstItsDataPackage() throws IOException {
        Path out = tmp.resolve("out");
        Path in = input();
        Samples.empty(in.resolve("empty.txt"));
        assertEquals(1, Cli.run("extract", in.toString(), "--out", out.toString()).exitCode());
        assertEquals(List.of(), PackageValidator.validate(out));
    }

    @Test
    void noBomAndTimings() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Result result = Cli.run("extract", input().toString(), "--out", out.toString(), "--no-bom", "--timings");
        assertEquals(0, result.exitCode(), result.err());
        for (String csv : CSV_FILES) {
            assertFalse(startsWithBom(out.resolve(csv)), csv);
        }
        assertTrue(Cli.column(Cli.documents(out), "millis").get(0).matches("\\d+"));
    }

    /** csv alone: no json/, facts.jsonl, workbook or SQLite file, and what an earlier run left of them is removed. */
    @Test
    void formatCsvWritesNoJson() throws IOException {
        Path out = tmp.resolve("out");
        Path in = input();
        assertEquals(0, Cli.run("extract", in.toString(), "--out", out.toString()).exitCode());
        Cli.Result result = Cli.run("extract", in.toString(), "--out", out.toString(), "--format", "csv");
        assertEquals(0, result.exitCode(), result.err());
        for (String file : List.of("facts.jsonl", "workbook.xlsx", "facts.sqlite", "facts.metadata.json",
                "report.html")) {
            assertFalse(Files.exists(out.resolve(file)), file);
        }
        try (var files = Files.list(out.resolve("json"))) {
            assertEquals(0, files.count());
        }
        assertTrue(Files.isRegularFile(out.resolve("facts.csv")));
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        Cli.Result result = Cli.run("extract", input().toString(), "--out", tmp.resolve("out").toString(),
                "--format", "csv,pdf");
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.err().contains("--format: unknown format 'pdf'; choose from csv, json, xlsx, sqlite, html"),
                result.err());
    }
}
