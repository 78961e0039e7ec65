package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same output, byte for byte, whatever the number of threads: every
 * file, the CSV files, JSON, text, workbook, SQLite file and review page included.
 */
class DeterminismTest {
    private static final Path REPORTS = Path.of("..", "corpus", "reports");

    @TempDir
    Path tmp;

    @Test
    void oneThreadAndFourThreadsWriteTheSameOutput() throws IOException {
        assumeTrue(Files.isDirectory(REPORTS), "no corpus at " + REPORTS.toAbsolutePath());
        Path one = tmp.resolve("one");
        Path four = tmp.resolve("four");
        List<String> inputs = List.of(REPORTS.toString(), "--include", "00[0-4]_????????????????.{docx,pdf,txt}");

        run(inputs, one, "1");
        run(inputs, four, "4");

        assertEquals(Cli.filesUnder(one), Cli.filesUnder(four));
        assertTrue(Cli.filesUnder(one).containsAll(Cli.RUN_FILES));
        for (String file : Cli.filesUnder(one)) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(four.resolve(file)), file);
        }
    }

    private static void run(List<String> inputs, Path out, String threads) {
        String[] args = new String[inputs.size() + 5];
        args[0] = "extract";
        for (int i = 0; i < inputs.size(); i++) {
            args[i + 1] = inputs.get(i);
        }
        args[inputs.size() + 1] = "--out";
        args[inputs.size() + 2] = out.toString();
        args[inputs.size() + 3] = "--threads";
        args[inputs.size() + 4] = threads;
        Cli.Result result = Cli.run(args);
        assertEquals(0, result.exitCode(), result.out() + result.err());
    }
}
