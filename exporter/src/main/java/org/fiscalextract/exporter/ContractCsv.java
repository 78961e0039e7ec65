package org.fiscalextract.exporter;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The contract's CSV files read back from an output folder, one row at a time: what the
 * comparison, workbook, SQLite file and review page are made from, so they show exactly what
 * the CSV files say. A byte-order mark is skipped; a file whose header is not the contract's
 * (another version's, or not ours) is refused with the reason.
 */
public final class ContractCsv {

    /** One row of a contract table; values in the table's column order. */
    public record Row(ContractSchema.Table table, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }

        public String get(String column) {
            int i = table.header().indexOf(column);
            if (i < 0) {
                throw new IllegalArgumentException(table.name() + " has no column " + column);
            }
            return values.get(i);
        }
    }

    public interface RowConsumer {
        void accept(Row row) throws IOException;
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private ContractCsv() {
    }

    /** Every row of {@code table} in {@code dir}, in file order. */
    public static List<Row> read(Path dir, ContractSchema.Table table) throws IOException {
        List<Row> rows = new ArrayList<>();
        forEach(dir, table, rows::add);
        return rows;
    }

    /** Hands each row of {@code table} in {@code dir} to {@code consumer}, without holding the file in memory. */
    public static void forEach(Path dir, ContractSchema.Table table, RowConsumer consumer) throws IOException {
        try (Rows rows = Rows.open(dir, table)) {
            for (Row row; (row = rows.next()) != null; ) {
                consumer.accept(row);
            }
        }
    }

    /** The rows of one table, read forward on demand, with a look at the next one; the caller closes it. */
    public static final class Rows implements Closeable {
        private final ContractSchema.Table table;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private Row next;

        private Rows(ContractSchema.Table table, CSVParser parser) {
            this.table = table;
            this.parser = parser;
            this.records = parser.iterator();
        }

        /** Opens {@code table} in {@code dir}, its header checked. */
        public static Rows open(Path dir, ContractSchema.Table table) throws IOException {
            Path file = dir.resolve(table.file());
            CSVParser parser = parser(file);
            try {
                Iterator<CSVRecord> records = parser.iterator();
                if (!records.hasNext()) {
                    throw new IOException(file + " is empty: not a " + table.file() + " written by fiscal-extract");
                }
                List<String> header = records.next().toList();
                List<String> expected = table.header();
                if (header.size() < expected.size() || !header.subList(0, expected.size()).equals(expected)) {
                    throw new IOException(file + " does not start with the columns of " + table.file() + " ("
                            + String.join(",", expected) + "): written by another version, or not by fiscal-extract");
                }
                return new Rows(table, parser);
            } catch (IOException | RuntimeException e) {
                parser.close();
                throw e;
            }
        }

        /** The next row without taking it, or null at the end. */
        public Row peek() {
            if (next == null && records.hasNext()) {
                CSVRecord record = records.next();
                List<String> expected = table.header();
                List<String> values = new ArrayList<>(expected.size());
                for (int i = 0; i < expected.size(); i++) {
                    values.add(i < record.size() ? record.get(i) : "");
                }
                next = new Row(table, values);
            }
            return next;
        }

        /** Takes the next row, or null at the end. */
        public Row next() {
            Row row = peek();
            next = null;
            return row;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /** The file's records, header first, as RFC 4180 with a byte-order mark skipped; the caller closes it. */
    public static CSVParser parser(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            return CSVParser.builder().setReader(withoutBom(reader)).setFormat(FORMAT).get();
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
