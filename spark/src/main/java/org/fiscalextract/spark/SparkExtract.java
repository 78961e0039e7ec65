package org.fiscalextract.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.fiscalextract.exporter.ContractSchema;
import org.fiscalextract.spark.FileResult.FirstFile;
import org.fiscalextract.spark.TableWriter.TableRow;

import scala.Tuple2;

/**
 * The Spark job: reads every file under INPUT (recursively, hidden files skipped) with
 * {@code binaryFiles}, runs the command line's per-document pipeline on the executors, and
 * writes the contract's tables as Parquet and CSV partitioned by province and fiscal year, and
 * comparison.csv:
 *
 * <pre>
 * OUTPUT/parquet/{documents,facts,projects,findings}/province=…/fiscal_year=…/part-….parquet
 * OUTPUT/csv/{documents,facts,projects,findings}/province=…/fiscal_year=…/part-….csv
 * OUTPUT/comparison.csv
 * </pre>
 *
 * The rows are the command line's, value for value: every file has a documents row (a file that
 * cannot be read one with status failed and the reason); a content found in several files is
 * read in each but its facts, projects and findings are kept once, from the first file in the
 * command line's input order, whose documents row the others share with their own path.
 */
public final class SparkExtract {
    private static final String RECURSIVE = "mapreduce.input.fileinputformat.input.dir.recursive";

    private SparkExtract() {
    }

    public static void main(String[] args) throws IOException {
        JobOptions options;
        try {
            options = JobOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().config(configure(new SparkConf().setAppName("fiscal-extract")))
                .getOrCreate();
        boolean inputFound = true;
        try {
            Summary summary = run(spark, options);
            summary.print(System.out, options.output());
        } catch (FileNotFoundException e) {
            System.err.println("fiscal-extract: " + e.getMessage());
            inputFound = false;
        } finally {
            spark.stop();
        }
        if (!inputFound) {
            System.exit(2);
        }
    }

    /**
     * What the job needs of a Spark configuration, unless already set: input splits sized by the
     * files' bytes alone. Spark counts 4 MB extra per file by default, which would put a folder
     * of small documents in one split, read by one core.
     */
    public static SparkConf configure(SparkConf conf) {
        return conf.setIfMissing("spark.files.openCostInBytes", "0");
    }

    /**
     * Reads the input and writes the output folder; returns how many files went how.
     *
     * @throws FileNotFoundException when INPUT does not exist
     */
    public static Summary run(SparkSession spark, JobOptions options) throws IOException {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = context.hadoopConfiguration();
        hadoop.setBoolean(RECURSIVE, true);
        Path inputPath = new Path(options.input());
        FileSystem inputFs = inputPath.getFileSystem(hadoop);
        if (!inputFs.exists(inputPath)) {
            throw new FileNotFoundException("no such file or folder: " + options.input()
                    + " (INPUT is a folder or a file, not a pattern)");
        }
        InputRoot root = InputRoot.of(options.input(), inputFs.makeQualified(inputPath).toUri().getPath());
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * context.defaultParallelism();

        JavaPairRDD<String, PortableDataStream> files = context.binaryFiles(options.input(), partitions);
        JavaRDD<FileResult> results = files.flatMap(file -> {
            List<String> relative = root.relative(new Path(file._1()).toUri().getPath());
            return relative == null ? List.<FileResult>of().iterator()
                    : List.of(FileExtraction.extract(root, relative, file._2(), options)).iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            Map<String, FirstFile> firstFiles = results.filter(r -> !r.docId().isEmpty())
                    .mapToPair(r -> new Tuple2<>(r.docId(), FirstFile.of(r)))
                    .reduceByKey(FirstFile::earlier)
                    .filter(pair -> pair._2().files() > 1)
                    .collectAsMap();
            Broadcast<Map<String, FirstFile>> firsts = context.broadcast(Map.copyOf(firstFiles));

            JavaRDD<TableRow> documents = results.map(r -> {
                List<String> row = r.documentRow(firsts.value());
                return new TableRow(row, row.get(FileResult.PROVINCE), row.get(FileResult.FISCAL_YEAR));
            });
            JavaRDD<FileResult> contents = results.filter(r -> r.carriesRows(firsts.value()));

            Map<String, Long> statuses = new TreeMap<>(documents.map(r -> r.values().get(FileResult.STATUS))
                    .countByValue());
            long[] rows = contents.map(r -> new long[]{r.facts().size(), r.projects().size(), r.findings().size()})
                    .fold(new long[3], (a, b) -> new long[]{a[0] + b[0], a[1] + b[1], a[2] + b[2]});
            Summary summary = new Summary(statuses, rows[0], rows[1], rows[2]);

            String output = options.output();
            TableWriter writer = new TableWriter(spark, output);
            writer.write(ContractSchema.DOCUMENTS, documents, summary.files() > 0);
            writer.write(ContractSchema.FACTS, contents.flatMap(r -> rows(r.facts(), r).iterator()), rows[0] > 0);
            writer.write(ContractSchema.PROJECTS, contents.flatMap(r -> rows(r.projects(), r).iterator()), rows[1] > 0);
            writer.write(ContractSchema.FINDINGS, contents.flatMap(r -> rows(r.findings(), r).iterator()), rows[2] > 0);
            ComparisonFile.write(contents, output, options.bom(), hadoop);
            return summary;
        } finally {
            results.unpersist(false);
        }
    }

    private static List<TableRow> rows(List<List<String>> rows, FileResult r) {
        return rows.stream().map(values -> new TableRow(values, r.province(), r.fiscalYear())).toList();
    }

    /** How many files were read ok, partially or not at all, and how many rows their contents gave. */
    public record Summary(Map<String, Long> statuses, long facts, long projects, long findings) {
        public long files() {
            return statuses.values().stream().mapToLong(Long::longValue).sum();
        }

        void print(PrintStream out, String output) {
            out.println("fiscal-extract: " + files() + " files (" + statuses.getOrDefault("ok", 0L) + " ok, "
                    + statuses.getOrDefault("partial", 0L) + " partial, " + statuses.getOrDefault("failed", 0L)
                    + " failed), " + facts + " facts, " + projects + " projects, " + findings + " findings; tables in "
                    + output);
        }
    }
}
