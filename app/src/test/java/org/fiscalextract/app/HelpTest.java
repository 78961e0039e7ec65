package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.fiscalextract.extractor.ingest.ByteSize;
import org.fiscalextract.extractor.ingest.ReaderConfig;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class HelpTest {
    @Test
    void extractHelpMentionsEveryOptionItsDefaultsAndTheExitCodes() {
        Cli.Result result = Cli.run("extract", "--help");
        assertEquals(0, result.exitCode());
        String help = result.out();
        String words = help.replaceAll("\\s+", " ");
        CommandLine commandLine = FiscalExtractCommand.newCommandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        for (OptionSpec option : commandLine.getSubcommands().get("extract").getCommandSpec().options()) {
            for (String name : option.names()) {
                assertTrue(help.contains(name), name + " missing from --help");
            }
        }
        for (String text : new String[] {"INPUT", "documents.csv", "facts.csv", "findings.csv", "projects.csv",
                "finding_id", "fact_ids", "quotes", "funds_yuan", "evaluator", "text/<doc_id>.txt", "Default: 100MB",
                "Default: 120s", "Default: 20000000", "Default: the number of processors", "Exit codes:",
                "  0   ", "  1   ", "  2   ", "  3   ", "Examples:"}) {
            assertTrue(help.contains(text) || words.contains(text), text + " missing from --help:\n" + help);
        }
    }

    @Test
    void documentedDefaultsAreTheReadersDefaults() {
        assertEquals(ReaderConfig.DEFAULT_MAX_FILE_BYTES, ByteSize.parse(PipelineOptions.DEFAULT_MAX_FILE_SIZE));
        assertEquals(ReaderConfig.DEFAULT_TIME_LIMIT, new DurationConverter().convert(PipelineOptions.DEFAULT_TIME_LIMIT));
    }

    @Test
    void topLevelHelpListsTheCommandAndTheExitCodes() {
        Cli.Result result = Cli.run("--help");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("extract"), result.out());
        assertTrue(result.out().contains("Exit codes:"), result.out());
        assertEquals(Cli.run("extract", "--help").out(), Cli.run("help", "extract").out());
    }

    @Test
    void versionNamesTheProgram() {
        Cli.Result result = Cli.run("--version");
        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("fiscal-extract "), result.out());
    }
}
