package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 0 all read, 1 some not, 2 the command line is wrong, 3 the output cannot be written. */
class ExitCodeTest {
    @TempDir
    Path tmp;

    private Path input() throws IOException {
        return Samples.utf8(tmp.resolve("in/report.txt"), Samples.report("东区")).getParent();
    }

    @Test
    void zeroWhenEveryFileIsRead() throws IOException {
        assertEquals(0, Cli.run("extract", input().toString(), "--out", tmp.resolve("out").toString()).exitCode());
    }

    @Test
    void oneWhenAFileFails() throws IOException {
        Path in = input();
        Samples.empty(in.resolve("empty.txt"));
        Cli.Result result = Cli.run("extract", in.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(1, result.exitCode());
        assertTrue(Files.exists(tmp.resolve("out/documents.csv")), "the output is still complete");
    }

    @Test
    void twoForAMissingInputNamingIt() throws IOException {
        Path in = input();
        Cli.Result result = Cli.run("extract", in.toString(), "no/such/folder", "--out", tmp.resolve("out").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("input not found: no/such/folder"), result.err());
        assertTrue(result.err().contains("fiscal-extract extract --help"), result.err());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing is written for a usage error");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--max-file-size|lots|'lots' is not a size",
        "--max-file-size|0|at least 1 byte",
        "--time-limit|soon|'soon' is not a duration",
        "--time-limit|0s|more than zero",
        "--threads|0|--threads must be at least 1",
        "--threads|two|'two' is not an int",
        "--max-text-chars|-5|--max-text-chars must be at least 1",
        "--include|[unclosed|'[unclosed' is not a valid glob",
        "--frobnicate|x|Unknown option: '--frobnicate'"})
    void twoForABadOptionSayingWhatIsWrong(String option, String value, String message) throws IOException {
        Cli.Result result = Cli.run("extract", input().toString(), "--out", tmp.resolve("out").toString(),
                option, value);
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertEquals("", result.out());
    }

    @Test
    void twoWithoutOutOrInputOrCommand() throws IOException {
        Cli.Result noOut = Cli.run("extract", input().toString());
        assertEquals(2, noOut.exitCode());
        assertTrue(noOut.err().contains("--out"), noOut.err());

        Cli.Result noInput = Cli.run("extract", "--out", tmp.resolve("out").toString());
        assertEquals(2, noInput.exitCode());
        assertTrue(noInput.err().contains("INPUT"), noInput.err());

        Cli.Result noCommand = Cli.run();
        assertEquals(2, noCommand.exitCode());
        assertTrue(noCommand.err().contains("missing command"), noCommand.err());
    }

    @Test
    void threeWhenTheOutputFolderIsAFile() throws IOException {
        Path out = Files.writeString(tmp.resolve("out"), "I am a file");
        Cli.Result result = Cli.run("extract", input().toString(), "--out", out.toString());
        assertEquals(3, result.exitCode());
        assertTrue(result.err().contains("could not write the output in " + out), result.err());
        assertTrue(result.err().contains("it is a file, not a folder"), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace without --debug");
        assertEquals("I am a file", Files.readString(out));
    }

    @Test
    void threeWhenTheTextFolderCannotBeMade() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("text"), "a file where the text folder goes");
        Cli.Result result = Cli.run("extract", input().toString(), "--out", out.toString());
        assertEquals(3, result.exitCode(), result.err());
        assertTrue(result.err().contains("could not write the output"), result.err());
        assertFalse(Files.exists(out.resolve("documents.csv")));
        assertEquals(java.util.List.of("text"), Cli.filesUnder(out), "no temporary files left");
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
        Path out = Files.writeString(tmp.resolve("out"), "I am a file");
        Cli.Result result = Cli.run("extract", input().toString(), "--out", out.toString(), "--debug");
        assertEquals(3, result.exitCode());
        assertTrue(result.err().contains("\tat "), result.err());
    }
}
