package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --grade-scales grades scores on a province's own scale without recompiling. */
class GradeScalesOptionTest {
    private static final String REPORT = "中阳县财政局2024年度项目支出绩效自评报告\n"
            + "该项目绩效评价得分为86分，绩效评价等级为“优”。\n";

    @TempDir
    Path tmp;

    @Test
    void aScoreIsGradedOnTheUsersScale() throws IOException {
        Path report = Samples.utf8(tmp.resolve("in/report.txt"), REPORT);
        // on the default scale 86 is 良, so 优 is an error; on a scale where 优 starts at 85 it holds
        Cli.Result standard = Cli.run("check", "--brief", report.toString());
        assertEquals(1, standard.exitCode(), standard.out() + standard.err());
        assertTrue(standard.out().contains("grade_vs_score"), standard.out());

        Path scales = tmp.resolve("scales.tsv");
        Files.writeString(scales, "# province\tyears\t优\t良\t中\tsource\n*\t*\t85\t75\t60\t某省财政厅文件\n");
        Cli.Result own = Cli.run("check", "--brief", "--grade-scales", scales.toString(), report.toString());
        assertEquals(0, own.exitCode(), own.out() + own.err());
        assertTrue(own.out().contains("Findings: none"), own.out());
    }

    @Test
    void aBrokenScaleFileIsAUsageErrorThatSaysWhere() throws IOException {
        Path report = Samples.utf8(tmp.resolve("in/report.txt"), REPORT);
        Path scales = tmp.resolve("scales.tsv");
        Files.writeString(scales, "*\t*\t90\n");
        Cli.Result result = Cli.run("extract", report.toString(), "--grade-scales", scales.toString(),
                "--out", tmp.resolve("out").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("scales.tsv") && result.err().contains("row 1"), result.err());
    }
}
