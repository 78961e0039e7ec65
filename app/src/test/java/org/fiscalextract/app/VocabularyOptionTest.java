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

/** --vocabulary adds label wordings to the canonical column without recompiling. */
class VocabularyOptionTest {
    @TempDir
    Path tmp;

    @Test
    void aUserRowIsTriedBeforeTheBuiltInOnes() throws IOException {
        Path report = Samples.utf8(tmp.resolve("in/report.txt"),
                "2024年度财政下达项目预算资金总额为1302.76万元，监控资金312395.8万元。\n");
        Path words = tmp.resolve("words.tsv");
        Files.writeString(words, "# canonical\tkind\tpattern\nmonitored_funds\tamount\t监控资金\n"
                + "budget_total_custom\tamount\t预算资金总额\n");
        Path out = tmp.resolve("out");

        Cli.Result result = Cli.run("extract", report.toString(), "--vocabulary", words.toString(), "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        List<CSVRecord> facts = Cli.records(out.resolve("facts.csv"));
        assertEquals(List.of("budget_total_custom", "monitored_funds"), Cli.column(facts, "canonical"));
    }

    @Test
    void aBrokenVocabularyFileIsAUsageErrorThatSaysWhere() throws IOException {
        Path report = Samples.utf8(tmp.resolve("in/report.txt"), Samples.report("东区"));
        Path words = tmp.resolve("words.tsv");
        Files.writeString(words, "broken\tamount\t(unclosed\n");

        Cli.Result result = Cli.run("extract", report.toString(), "--vocabulary", words.toString(),
                "--out", tmp.resolve("out").toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("words.tsv") && result.err().contains("broken"), result.err());
    }
}
