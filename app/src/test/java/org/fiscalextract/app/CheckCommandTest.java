package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import org.fiscalextract.model.document.ContentHash;

/** fiscal-extract check over small reports made in the test: what it prints and how it exits. */
class CheckCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aReportThatAddsUpPassesAndShowsWhatItIsAbout() throws IOException {
        Path report = Samples.utf8(tmp.resolve("东区自评.txt"), Samples.report("东区"));

        Cli.Result result = Cli.run("check", report.toString());

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertEquals("", result.err());
        String out = result.out();
        String docId = ContentHash.of(report).docId();
        assertTrue(out.startsWith("== " + report + "\nDocument:    txt, doc_id " + docId + ", read completely\n"), out);
        assertTrue(out.contains("\nRegion:      东区 510402 (四川省 攀枝花市)\n"), out);
        assertTrue(out.contains("\nDepartment:  攀枝花市东区财政局\n"), out);
        assertTrue(out.contains("\nFiscal year: 2024\n"), out);
        assertTrue(out.contains("\nKey figures ("), out);
        assertTrue(out.matches("(?s).*\\n  income_total +1302\\.76万元 +部门预算收入合计 +p3\\n.*"), out);
        assertTrue(out.matches("(?s).*\\n  execution_rate +95\\.24% +预算执行率 +p5\\n.*"), out);
        assertTrue(out.matches("(?s).*\\n  self_eval_score +92分 +自评得分 +p5\\n.*"), out);
        assertFalse(out.contains("ERROR"), out);
        assertTrue(out.endsWith("\n1 file checked: 0 errors, 0 warnings, 0 info; 0 files not read, 0 read in part\n")
                || out.contains("\n1 file checked: 0 errors, "), out);
    }

    @Test
    void theSameInputPrintsTheSameWhateverTheThreads() throws IOException {
        Path in = tmp.resolve("in");
        for (String county : new String[] {"东区", "西区", "仁和区", "米易县", "盐边县"}) {
            Samples.utf8(in.resolve(county + ".txt"), Samples.report(county));
        }
        Samples.empty(in.resolve("empty.txt"));

        Cli.Result one = Cli.run("check", in.toString(), "--threads", "1");
        Cli.Result four = Cli.run("check", in.toString(), "--threads", "4");

        assertEquals(one.out(), four.out());
        assertEquals(3, one.exitCode());
        assertEquals(6, one.out().lines().filter(line -> line.startsWith("== ")).count(), one.out());
        assertTrue(one.out().indexOf("/empty.txt") < one.out().indexOf("/仁和区.txt"), "in path order");
    }

    @Test
    void aFileThatCannotBeReadIsSaidAndFailsTheCheck() throws IOException {
        Path empty = Samples.empty(tmp.resolve("empty.txt"));
        Path fine = Samples.utf8(tmp.resolve("fine.txt"), Samples.report("东区"));

        Cli.Result result = Cli.run("check", empty.toString(), fine.toString());

        assertEquals(3, result.exitCode(), result.out());
        assertTrue(result.out().contains("== " + empty + "\nDocument:    unknown, doc_id "), result.out());
        assertTrue(result.out().contains("FAILED (empty_file): file is empty (0 bytes)\n"
                + "Not checked: the file could not be read.\n"), result.out());
        assertTrue(result.out().contains("== " + fine + "\n"), "the other file is still checked");
        assertTrue(result.out().contains("2 files checked: ") && result.out().contains("1 file not read"),
                result.out());
        assertTrue(result.err().contains(empty + ": failed: file is empty"), result.err());
    }

    @Test
    void readerLimitsFromTheCommandLineApply() throws IOException {
        Path report = Samples.utf8(tmp.resolve("long.txt"), Samples.report("东区").repeat(20));

        Cli.Result tooLarge = Cli.run("check", report.toString(), "--max-file-size", "1KB");
        assertEquals(3, tooLarge.exitCode());
        assertTrue(tooLarge.out().contains("FAILED (too_large)"), tooLarge.out());

        Cli.Result cut = Cli.run("check", report.toString(), "--max-text-chars", "100");
        assertEquals(3, cut.exitCode());
        assertTrue(cut.out().contains("PARTIAL (text_limit)"), cut.out());
        assertTrue(cut.out().contains("Only the text that was read is checked"), cut.out());
    }

    @Test
    void briefPrintsNoFiguresAndNoProjects() throws IOException {
        Path report = Samples.utf8(tmp.resolve("r.txt"), Samples.report("东区"));

        Cli.Result result = Cli.run("check", "--brief", report.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertFalse(result.out().contains("Key figures"), result.out());
        assertFalse(result.out().contains("Projects"), result.out());
        assertTrue(result.out().contains("\nFindings: "), result.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--threads|0|--threads must be at least 1",
        "--max-text-chars|0|--max-text-chars must be at least 1",
        "--max-file-size|lots|'lots' is not a size",
        "--time-limit|soon|'soon' is not a duration",
        "--frobnicate|x|Unknown option: '--frobnicate'"})
    void twoForABadOption(String option, String value, String message) throws IOException {
        Path report = Samples.utf8(tmp.resolve("r.txt"), Samples.report("东区"));
        Cli.Result result = Cli.run("check", report.toString(), option, value);
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(message), result.err());
        assertTrue(result.err().contains("fiscal-extract check --help"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void twoForAMissingFileNoFileOrAnEmptyFolder() throws IOException {
        Cli.Result missing = Cli.run("check", "no/such/report.docx");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("input not found: no/such/report.docx (no such file or folder)"), missing.err());

        Cli.Result none = Cli.run("check");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("FILE"), none.err());

        Path folder = Files.createDirectories(tmp.resolve("nothing"));
        Cli.Result empty = Cli.run("check", folder.toString());
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().contains("no files to check in " + folder), empty.err());
    }

    @Test
    void helpListsEveryOptionWhatIsPrintedAndTheExitCodes() {
        Cli.Result result = Cli.run("check", "--help");
        assertEquals(0, result.exitCode());
        String help = result.out();
        String words = help.replaceAll("\\s+", " ");
        CommandLine commandLine = FiscalExtractCommand.newCommandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        for (OptionSpec option : commandLine.getSubcommands().get("check").getCommandSpec().options()) {
            for (String name : option.names()) {
                assertTrue(help.contains(name), name + " missing from check --help");
            }
        }
        for (String text : new String[] {"FILE", "key figures", "canonical key", "【】", "findings.csv",
                "ERROR", "WARNING", "INFO", "Default: 100MB", "Default: 120s", "Default: the number of processors",
                "Exit codes:", "  0   ", "  1   ", "  2   ", "  3   ", "no finding is an error",
                "At least one finding is an error", "could not be read", "Examples:"}) {
            assertTrue(help.contains(text) || words.contains(text), text + " missing from check --help:\n" + help);
        }
        assertEquals(help, Cli.run("help", "check").out());
        assertTrue(Cli.run("--help").out().contains("check"), "the top-level help lists check");
    }
}
