package org.fiscalextract.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fiscalextract.exporter.ContractSchema;
import org.fiscalextract.spark.TableWriter.TableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values the corpus does not have, written by the job's table writer and read back unchanged:
 * quotes, commas, line breaks, spaces at either end, a leading #, and decimals at both ends of
 * decimal(38,18).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableWriterTest {
    private SparkSession spark;

    @BeforeAll
    void startSpark() {
        spark = LocalSpark.get();
    }

    @Test
    void awkwardValuesComeBackAsWritten(@TempDir Path out) throws IOException {
        List<List<String>> rows = List.of(
                finding("c1", "说“优”, but \"good\", a comma", "0.000000000000000001", "四川省", "2024"),
                finding("c2", "two\nlines\r\nand CRLF", "99999999999999999999", "四川省", "2024"),
                finding("c3", "  spaces at both ends  ", "-0.005", "", ""),
                finding("c4", "# not a comment", "", "重庆市", "2023"),
                finding("c5", "", "1.0000000000000000001", "重庆市", ""));
        List<TableRow> tableRows = new ArrayList<>();
        for (List<String> r : rows) {
            tableRows.add(new TableRow(List.copyOf(r.subList(0, r.size() - 2)), r.get(r.size() - 2), r.get(r.size() - 1)));
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        new TableWriter(spark, out.toString()).write(ContractSchema.FINDINGS, context.parallelize(tableRows, 2), true);

        List<List<String>> expected = rows.stream().map(r -> r.subList(0, r.size() - 2)).toList();
        List<SparkOutput.Found> csv = SparkOutput.csv(out, ContractSchema.FINDINGS);
        assertEquals(sorted(expected), sorted(csv.stream().map(SparkOutput.Found::values).toList()));
        for (SparkOutput.Found f : csv) {
            List<String> row = rows.stream().filter(r -> r.get(1).equals(f.values().get(1))).findFirst().orElseThrow();
            assertEquals(row.subList(row.size() - 2, row.size()), List.of(f.province(), f.fiscalYear()),
                    "partition of " + f.values().get(1));
        }

        for (Row r : spark.read().parquet(out.resolve("parquet/findings").toString()).collectAsList()) {
            String id = r.getAs("finding_id");
            List<String> row = rows.stream().filter(x -> x.get(1).equals(id)).findFirst().orElseThrow();
            String message = r.getAs("message");
            assertEquals(row.get(4), message == null ? "" : message, id);
            String exact = row.get(5);
            assertEquals(exact.isEmpty() ? null : exact, r.getAs("expected_exact"), id);
            BigDecimal decimal = r.getAs("expected");
            if (id.equals("c5") || exact.isEmpty()) {
                assertEquals(null, decimal, id + ": 19 decimals do not fit, so none rather than a rounded one");
            } else {
                assertEquals(0, new BigDecimal(exact).compareTo(decimal), id);
            }
        }
    }

    private static List<String> finding(String id, String message, String expected, String province, String year) {
        return List.of("d1", id, "breakdown_sum", "error", message, expected, "", "", "", "f1 f2", "", "yuan",
                province, year);
    }

    private static List<String> sorted(List<List<String>> rows) {
        return rows.stream().map(r -> String.join("\u0001", r)).sorted().toList();
    }
}
