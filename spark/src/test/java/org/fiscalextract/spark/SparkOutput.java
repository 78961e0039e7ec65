package org.fiscalextract.spark;

import java.io.IOException;
import java.io.Reader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fiscalextract.exporter.ContractSchema.Table;

/**
 * The job's CSV tables read back with an ordinary RFC 4180 reader, as pandas or R would, each
 * row put back in contract column order with the province and fiscal year its folder names.
 */
final class SparkOutput {
    static final String NO_VALUE = "__HIVE_DEFAULT_PARTITION__";

    /** A row and the partition it was found in. */
    record Found(List<String> values, String province, String fiscalYear) {
    }

    private SparkOutput() {
    }

    static List<Found> csv(Path output, Table table) throws IOException {
        Path folder = output.resolve("csv").resolve(table.name());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
        List<Found> rows = new ArrayList<>();
        for (Path file : files) {
            Map<String, String> partition = partition(folder.relativize(file.getParent()));
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(in)) {
                    Map<String, String> byName = new HashMap<>(record.toMap());
                    byName.putAll(partition);
                    List<String> values = new ArrayList<>();
                    for (String column : table.header()) {
                        String value = byName.get(column);
                        if (value == null) {
                            throw new AssertionError(file + " has no column " + column);
                        }
                        values.add(value);
                    }
                    rows.add(new Found(values, partition.get(SparkTables.PROVINCE),
                            partition.get(SparkTables.FISCAL_YEAR)));
                }
            }
        }
        return rows;
    }

    /** {@code province=四川省/fiscal_year=2024} as names and values; no value is empty. */
    static Map<String, String> partition(Path relative) {
        Map<String, String> values = new HashMap<>();
        for (Path name : relative) {
            if (name.toString().isEmpty()) {
                continue; // a file at the top: a table without rows
            }
            String[] pair = name.toString().split("=", 2);
            String value = URLDecoder.decode(pair[1].replace("+", "%2B"), StandardCharsets.UTF_8);
            values.put(pair[0], value.equals(NO_VALUE) ? "" : value);
        }
        return values;
    }
}
