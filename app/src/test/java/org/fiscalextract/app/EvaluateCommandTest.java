package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** evaluate scores an extract run against the hand-checked golden facts of the five seeds. */
class EvaluateCommandTest {
    private static final Path CORPUS = Path.of("..", "corpus");

    @TempDir
    Path tmp;

    @Test
    void theSeedsScoreFullPrecisionAndRecallAgainstTheirGoldenFiles() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("expected/facts")), "no corpus at " + CORPUS.toAbsolutePath());
        Path out = tmp.resolve("out");
        Cli.Result extract = Cli.run("extract", CORPUS.resolve("reports").toString(), "--include", "0??_????????????????.docx",
                "--out", out.toString());
        assertEquals(0, extract.exitCode(), extract.err());

        Cli.Result evaluate = Cli.run("evaluate", CORPUS.resolve("expected/facts").toString(), out.toString(),
                "--no-misses");

        assertEquals(0, evaluate.exitCode(), evaluate.err());
        List<String> lines = evaluate.out().lines().toList();
        assertEquals("5 documents compared", lines.get(0));
        for (String kind : List.of("amount", "rate", "score", "grade")) {
            String row = lines.stream().filter(l -> l.startsWith(kind + "\t")).findFirst().orElseThrow();
            String[] f = row.split("\t");
            assertEquals(List.of("1.000", "1.000", "1.000", "1.000", "1.000"),
                    List.of(f[4], f[5], f[6], f[7], f[8]), row);
        }
        assertTrue(lines.contains("region code right: 5 of 5; fiscal year right: 5 of 5"), evaluate.out());
    }

    @Test
    void aDifferenceIsCountedAndListed() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("expected/facts")), "no corpus at " + CORPUS.toAbsolutePath());
        Path expected = Files.createDirectories(tmp.resolve("expected/facts"));
        Path out = tmp.resolve("out");
        Path report = Samples.utf8(tmp.resolve("in/sample.txt"), Samples.report("东区"));
        assertEquals(0, Cli.run("extract", report.toString(), "--out", out.toString()).exitCode());
        // expect one amount the run finds and one it cannot: recall 0.5, precision 1/3 of the run's amounts
        Files.writeString(expected.resolve("sample.tsv"), String.join("\n",
                "kind\ttext\tvalue\tunit\tqualifier\tlabel\tcanonical\tsubject\tlocation\trule",
                "amount\t1302.76万元\t13027600\tyuan\texact\t部门预算收入合计\tincome_total\t\tp3\tmoney.arabic_unit",
                "amount\t999万元\t9990000\tyuan\texact\t虚构\t\t\tp9\tmoney.arabic_unit", ""));

        Cli.Result evaluate = Cli.run("evaluate", expected.toString(), out.toString());

        String amounts = evaluate.out().lines().filter(l -> l.startsWith("amount\t")).findFirst().orElseThrow();
        String[] f = amounts.split("\t");
        assertEquals(List.of("2", "3", "1", "0.333", "0.500"), List.of(f[1], f[2], f[3], f[4], f[5]), amounts);
        assertTrue(evaluate.out().contains("missing\tamount\t999万元"), evaluate.out());
        assertTrue(evaluate.out().contains("extra\tamount\t1250.00万元"), evaluate.out());
    }

    @Test
    void missingFoldersAreAUsageError() {
        assertEquals(2, Cli.run("evaluate", tmp.resolve("nothing").toString(), tmp.toString()).exitCode());
    }
}
