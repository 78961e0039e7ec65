package org.fiscalextract.extractor.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A data file — word lists, patterns, tables — read once from the class path (UTF-8, a leading
 * byte-order mark dropped), or from the user's own file. Tables skip blank lines and lines
 * starting with {@code #}; CSV files keep every line.
 */
public record DataFile(String name, List<Line> lines) {

    /** One line with its 1-based number, so an error can say where it is. */
    public record Line(String file, int number, String text) {

        /** Tab-separated fields; at least {@code min} must be present. */
        public String[] fields(int min) {
            String[] fields = text.split("\t", -1);
            if (fields.length < min) {
                throw error("expected at least " + min + " tab-separated fields");
            }
            return fields;
        }

        /** An error that names the file, the line number and the line. */
        public IllegalStateException error(String message) {
            return new IllegalStateException(file + ":" + number + ": " + message + ": " + text);
        }
    }

    public DataFile {
        lines = List.copyOf(lines);
    }

    /** A table in {@code owner}'s package: comments and blank lines skipped. */
    public static DataFile table(Class<?> owner, String name) {
        return parse(name, read(owner, name), true);
    }

    /** A CSV file in {@code owner}'s package, every line kept (header included). */
    public static DataFile csv(Class<?> owner, String name) {
        return parse(name, read(owner, name), false);
    }

    /** A table given as lines (a user's file), comments and blank lines skipped. */
    public static DataFile table(String name, List<String> text) {
        return parse(name, text, true);
    }

    /** Each line split at tabs into exactly {@code fields} fields (the last keeps any further tabs). */
    public List<String[]> rows(int fields) {
        List<String[]> rows = new ArrayList<>(lines.size());
        for (Line line : lines) {
            String[] f = line.text().split("\t", fields);
            if (f.length != fields) {
                throw line.error("expected " + fields + " tab-separated fields");
            }
            rows.add(f);
        }
        return rows;
    }

    /** The second field of every line whose first field is {@code kind}, in file order. */
    public List<String> valuesOf(String kind) {
        List<String> values = new ArrayList<>();
        for (String[] row : rowsOf(kind, 2)) {
            values.add(row[1]);
        }
        return List.copyOf(values);
    }

    /** The fields of every line whose first field is {@code kind} (at least {@code min} of them), in file order. */
    public List<String[]> rowsOf(String kind, int min) {
        List<String[]> rows = new ArrayList<>();
        for (Line line : lines) {
            if (line.fields(1)[0].equals(kind)) {
                rows.add(line.fields(min));
            }
        }
        return List.copyOf(rows);
    }

    private static DataFile parse(String name, List<String> text, boolean skipComments) {
        List<Line> lines = new ArrayList<>(text.size());
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (skipComments && (line.isBlank() || line.charAt(0) == '#')) {
                continue;
            }
            lines.add(new Line(name, i + 1, line));
        }
        return new DataFile(name, lines);
    }

    private static List<String> read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + name + " beside " + owner.getName());
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
    }
}
