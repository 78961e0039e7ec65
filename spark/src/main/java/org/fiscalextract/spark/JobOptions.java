package org.fiscalextract.spark;

import java.io.Serializable;
import java.util.List;

import org.fiscalextract.extractor.ingest.ByteSize;
import org.fiscalextract.extractor.ingest.ReaderConfig;

/**
 * What a job is asked: {@code INPUT OUTPUT [--partitions N] [--max-file-size SIZE] [--timings] [--no-bom]}.
 * Everything else is the command line's default.
 *
 * @param input        a folder (or one file) on any file system Spark's Hadoop reaches:
 *                     {@code hdfs://…}, {@code s3a://…}, {@code file:/…} or a plain path
 * @param output       the folder to write the tables and comparison.csv into
 * @param partitions   how many parts to split the input into; 0 for four per executor core
 * @param maxFileBytes files larger than this are not read (the command line's {@code --max-file-size})
 * @param timings      whether documents' millis is filled (the command line's {@code --timings})
 * @param bom          whether comparison.csv starts with a byte-order mark, as the command line's
 *                     CSV files do unless {@code --no-bom} (Spark's CSV tables never have one)
 */
public record JobOptions(String input, String output, int partitions, long maxFileBytes, boolean timings,
                         boolean bom) implements Serializable {
    static final String USAGE = "usage: SparkExtract INPUT OUTPUT [--partitions N] [--max-file-size SIZE] [--timings]"
            + " [--no-bom]";

    /** The defaults for reading {@code input} into {@code output}. */
    public static JobOptions of(String input, String output) {
        return new JobOptions(input, output, 0, ReaderConfig.DEFAULT_MAX_FILE_BYTES, false, true);
    }

    public JobOptions withMaxFileBytes(long bytes) {
        return new JobOptions(input, output, partitions, bytes, timings, bom);
    }

    ReaderConfig readerConfig() {
        return ReaderConfig.defaults().withMaxFileBytes(maxFileBytes);
    }

    /** @throws IllegalArgumentException with the usage when the arguments are not understood */
    static JobOptions parse(List<String> args) {
        String input = null;
        String output = null;
        int partitions = 0;
        long maxFileBytes = ReaderConfig.DEFAULT_MAX_FILE_BYTES;
        boolean timings = false;
        boolean bom = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--partitions") || arg.equals("--max-file-size")) {
                if (i + 1 == args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value\n" + USAGE);
                }
                String value = args.get(++i);
                if (arg.equals("--partitions")) {
                    partitions = atLeastOne(arg, value, Integer::parseInt).intValue();
                } else {
                    maxFileBytes = atLeastOne(arg, value, ByteSize::parse);
                }
            } else if (arg.equals("--timings")) {
                timings = true;
            } else if (arg.equals("--no-bom")) {
                bom = false;
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            } else if (input == null) {
                input = arg;
            } else if (output == null) {
                output = arg;
            } else {
                throw new IllegalArgumentException("one INPUT and one OUTPUT expected\n" + USAGE);
            }
        }
        if (output == null) {
            throw new IllegalArgumentException(USAGE);
        }
        return new JobOptions(input, output, partitions, maxFileBytes, timings, bom);
    }

    private interface Parser {
        long parse(String value);
    }

    private static Long atLeastOne(String option, String value, Parser parser) {
        long n;
        try {
            n = parser.parse(value);
        } catch (RuntimeException e) {
            n = 0;
        }
        if (n < 1) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not a number of at least 1\n" + USAGE);
        }
        return n;
    }
}
