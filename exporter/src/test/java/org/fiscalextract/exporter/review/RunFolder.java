package org.fiscalextract.exporter.review;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fiscalextract.exporter.ContractSchema;

/** An output folder made up in a test: contract CSV files from rows given as column → value, and texts. */
final class RunFolder {
    private RunFolder() {
    }

    /** Writes {@code table}'s file with the contract header; columns a row leaves out are empty. */
    static void write(Path dir, ContractSchema.Table table, List<Map<String, String>> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(dir.resolve(table.file()), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(table.header());
            for (Map<String, String> row : rows) {
                List<String> values = new ArrayList<>();
                for (String column : table.header()) {
                    values.add(row.getOrDefault(column, ""));
                }
                csv.printRecord(values);
            }
        }
    }

    /** A row from column, value, column, value, … */
    static Map<String, String> row(String... columnsAndValues) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i + 1 < columnsAndValues.length; i += 2) {
            row.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    static void text(Path dir, String docId, String text) throws IOException {
        Files.createDirectories(dir.resolve("text"));
        Files.writeString(dir.resolve("text").resolve(docId + ".txt"), text, StandardCharsets.UTF_8);
    }
}
