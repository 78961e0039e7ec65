package org.fiscalextract.spark;

import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.fiscalextract.exporter.ContractSchema.Table;

/**
 * Writes one contract table twice under the output folder: {@code parquet/<table>/} typed and
 * {@code csv/<table>/} as text, both partitioned by province and fiscal year
 * ({@code province=四川省/fiscal_year=2024/}). Each partition folder gets its rows in one task, so
 * one file (more only past {@link #MAX_RECORDS_PER_FILE} rows), not one per input split.
 *
 * <p>The CSV files are RFC 4180 as pandas, R and Excel read them: a header, UTF-8 without a
 * byte-order mark, quotes doubled inside quoted values, values kept with their spaces, empty
 * cells empty; lines end in LF (Spark writes no CRLF), and values with line breaks are quoted.
 */
final class TableWriter {
    static final long MAX_RECORDS_PER_FILE = 1_000_000;

    private final SparkSession spark;
    private final String output;

    TableWriter(SparkSession spark, String output) {
        this.spark = spark;
        this.output = output;
    }

    /**
     * @param rows the table's rows as text, each with its document's province and fiscal year
     * @param any  whether there are rows: a table without is written as one file without
     *             partition folders, as Spark would write none, and a folder without files has no
     *             schema to read it with
     */
    void write(Table table, JavaRDD<TableRow> rows, boolean any) {
        String name = table.name();
        JavaRDD<Row> typed = rows.map(r -> SparkTables.typedRow(SparkTables.table(name), r.values(), r.province(),
                r.fiscalYear()));
        partitioned(spark.createDataFrame(typed, SparkTables.typedSchema(table)), any)
                .parquet(output + "/parquet/" + name);

        JavaRDD<Row> text = rows.map(r -> SparkTables.textRow(SparkTables.table(name), r.values(), r.province(),
                r.fiscalYear()));
        partitioned(spark.createDataFrame(text, SparkTables.textSchema(table)), any)
                .option("header", true)
                .option("encoding", "UTF-8")
                .option("quote", "\"")
                .option("escape", "\"")
                .option("emptyValue", "")
                .option("nullValue", "")
                .option("ignoreLeadingWhiteSpace", false)
                .option("ignoreTrailingWhiteSpace", false)
                .csv(output + "/csv/" + name);
    }

    private static DataFrameWriter<Row> partitioned(Dataset<Row> frame, boolean any) {
        if (!any) {
            return frame.coalesce(1).write().mode(SaveMode.Overwrite);
        }
        return frame.repartition(functions.col(SparkTables.PROVINCE), functions.col(SparkTables.FISCAL_YEAR))
                .write()
                .mode(SaveMode.Overwrite)
                .option("maxRecordsPerFile", MAX_RECORDS_PER_FILE)
                .partitionBy(SparkTables.PROVINCE, SparkTables.FISCAL_YEAR);
    }

    /** One row of a table as text, in contract column order, with its document's partition values. */
    record TableRow(List<String> values, String province, String fiscalYear) implements java.io.Serializable {
    }
}
