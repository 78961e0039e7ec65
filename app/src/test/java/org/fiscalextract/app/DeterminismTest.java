package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same output whatever the number of threads: facts.csv, findings.csv,
 * projects.csv, the JSON and text files byte for byte, documents.csv but for the time each file took.
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

        for (String csv : List.of("facts.csv", "findings.csv", "projects.csv")) {
            assertEquals(Files.readString(one.resolve(csv)), Files.readString(four.resolve(csv)), csv);
        }
        assertEquals(withoutMillis(one), withoutMillis(four));
        assertEquals(Cli.filesUnder(one), Cli.filesUnder(four));
        for (String file : Cli.filesUnder(one)) {
            if (file.startsWith("json/") || file.startsWith("text/")) {
                assertEquals(Files.readString(one.resolve(file), StandardCharsets.UTF_8),
                        Files.readString(four.resolve(file), StandardCharsets.UTF_8), file);
            }
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

    private static String withoutMillis(Path out) throws IOException {
        return Cli.documents(out).stream()
                .map(r -> r.toMap().entrySet().stream().filter(e -> !e.getKey().equals("millis"))
                        .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n"));
    }
}
