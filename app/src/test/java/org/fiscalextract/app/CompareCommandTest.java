package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path tmp;

    /** Two runs, one region each, and a file in both: one table, the shared file counted once. */
    @Test
    void mergesRunsIntoOneTable() throws IOException {
        Path east = Samples.utf8(tmp.resolve("a/east.txt"), Samples.report("东区"));
        Samples.utf8(tmp.resolve("b/west.txt"), Samples.report("西区"));
        Files.copy(east, tmp.resolve("b/east-copy.txt"));
        assertEquals(0, Cli.run("extract", tmp.resolve("a").toString(), "--out", tmp.resolve("out-a").toString())
                .exitCode());
        assertEquals(0, Cli.run("extract", tmp.resolve("b").toString(), "--out", tmp.resolve("out-b").toString())
                .exitCode());

        Path table = tmp.resolve("all/comparison.csv");
        Cli.Result result = Cli.run("compare", tmp.resolve("out-a").toString(), tmp.resolve("out-b").toString(),
                "-o", table.toString());
        assertEquals(0, result.exitCode(), result.err());
        List<CSVRecord> rows = Cli.records(table);
        assertEquals(List.of("东区", "西区"), Cli.column(rows, "region"));
        assertEquals(List.of("1", "1"), Cli.column(rows, "documents"));
        assertTrue(Files.readString(table).startsWith("\uFEFF"));
    }

    @Test
    void aFolderThatIsNoRunIsAUsageError() {
        Cli.Result result = Cli.run("compare", tmp.toString(), "-o", tmp.resolve("c.csv").toString());
        assertEquals(ExitCodes.USAGE, result.exitCode());
        assertTrue(result.err().contains("is not the output folder of an extract run"), result.err());
    }
}
