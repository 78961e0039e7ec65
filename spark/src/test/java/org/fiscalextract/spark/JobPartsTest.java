package org.fiscalextract.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.fiscalextract.exporter.ContractSchema.Type;
import org.junit.jupiter.api.Test;

/** The job's small pieces that need no Spark: names, order, options and typed values. */
class JobPartsTest {
    private final InputRoot root = InputRoot.of("corpus/reports/", "/work/corpus/reports");

    @Test
    void filesAreNamedAsTheCommandLineNamesThem() {
        assertEquals(List.of("四川省", "x.docx"), root.relative("/work/corpus/reports/四川省/x.docx"));
        assertEquals("corpus/reports/四川省/x.docx", root.sourcePath(List.of("四川省", "x.docx")));
        assertEquals("hdfs://nn/r/a.pdf", InputRoot.of("hdfs://nn/r", "/r").sourcePath(List.of("a.pdf")));
        // INPUT one file: its name as typed
        InputRoot file = InputRoot.of("a/b.pdf", "/w/a/b.pdf");
        assertEquals(List.of(), file.relative("/w/a/b.pdf"));
        assertEquals("a/b.pdf", file.sourcePath(List.of()));
    }

    @Test
    void hiddenFilesAndFoldersAndOthersAreSkipped() {
        assertNull(root.relative("/work/corpus/reports/.git/x.txt"));
        assertNull(root.relative("/work/corpus/reports/a/.x.txt"));
        assertNull(root.relative("/work/corpus/reports-old/x.txt"));
        assertEquals(List.of("~$x.docx"), root.relative("/work/corpus/reports/~$x.docx"));
    }

    @Test
    void inputOrderIsByPathNameByName() {
        List<List<String>> paths = new ArrayList<>(List.of(List.of("a.txt"), List.of("四川省", "x.docx"),
                List.of("a", "z.txt"), List.of("003.docx")));
        paths.sort(InputOrder.BY_PATH);
        assertEquals(List.of(List.of("003.docx"), List.of("a", "z.txt"), List.of("a.txt"), List.of("四川省", "x.docx")),
                paths);
    }

    @Test
    void aTooLongNameIsCutKeepingItsExtension() {
        assertEquals("报告.docx", FileExtraction.localName("报告.docx"));
        String name = "很".repeat(100) + ".docx";
        String local = FileExtraction.localName(name);
        assertTrue(local.endsWith(".docx"), local);
        assertTrue(local.getBytes(StandardCharsets.UTF_8).length <= 255, local);
        assertEquals(83, local.length() - ".docx".length(), "whole characters of 3 bytes each up to 255");
    }

    @Test
    void optionsAreParsedAndBadOnesRefused() {
        JobOptions o = JobOptions.parse(List.of("in", "out", "--partitions", "64", "--max-file-size", "500KB",
                "--timings", "--no-bom"));
        assertEquals(new JobOptions("in", "out", 64, 500 * 1024, true, false), o);
        assertEquals(JobOptions.of("in", "out"), JobOptions.parse(List.of("in", "out")));
        for (List<String> bad : List.of(List.of("in"), List.of("in", "out", "more"), List.of("in", "out", "--partitions"),
                List.of("in", "out", "--partitions", "0"), List.of("in", "out", "--max-file-size", "big"),
                List.of("in", "out", "--threads", "2"))) {
            assertThrows(IllegalArgumentException.class, () -> JobOptions.parse(bad), bad.toString());
        }
    }

    @Test
    void decimalsKeepEveryDigitOrAreNull() {
        assertEquals(new BigDecimal("13027600.000000000000000000"), SparkTables.typed(Type.NUMBER, "13027600"));
        assertEquals(0, new BigDecimal("-0.005").compareTo(SparkTables.decimal("-0.005")));
        assertEquals(0, new BigDecimal("0.000000000000000001").compareTo(SparkTables.decimal("0.000000000000000001")));
        assertNull(SparkTables.decimal("0.0000000000000000001"), "19 decimals");
        assertNull(SparkTables.decimal("1" + "0".repeat(20)), "21 integer digits");
        assertEquals(0, new BigDecimal("9".repeat(20)).compareTo(SparkTables.decimal("9".repeat(20))));
        assertNull(SparkTables.typed(Type.NUMBER, ""));
        assertEquals(2024, SparkTables.typed(Type.YEAR, "2024"));
        assertEquals(12L, SparkTables.typed(Type.INTEGER, "12"));
        assertNull(SparkTables.typed(Type.STRING, ""));
    }
}
