package org.fiscalextract.extractor.docfacts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One of this package's data files on the class path, UTF-8, read once. For the package's own
 * tables blank lines and lines starting with {@code #} are skipped; CSV files keep every line.
 */
record DataResource(String name, List<Line> lines) {

    /** One entry with its 1-based line number, for error messages. */
    record Line(int number, String text) {
        /** Tab-separated fields; at least {@code min} must be present. */
        String[] fields(String file, int min) {
            String[] fields = text.split("\t", -1);
            if (fields.length < min) {
                throw new IllegalStateException(file + ":" + number + ": expected at least " + min
                        + " tab-separated fields: " + text);
            }
            return fields;
        }
    }

    /** A table of this package: comments and blank lines skipped. */
    static DataResource table(String name) {
        return read(name, true);
    }

    /** A CSV file of this package, every line kept (header included). */
    static DataResource csv(String name) {
        return read(name, false);
    }

    private static DataResource read(String name, boolean skipComments) {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = DataResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String text; (text = reader.readLine()) != null; ) {
                number++;
                if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                if (skipComments && (text.isBlank() || text.charAt(0) == '#')) {
                    continue;
                }
                lines.add(new Line(number, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
        return new DataResource(name, List.copyOf(lines));
    }

    /** The second field of every line whose first field is {@code kind}, in file order. */
    List<String> values(String kind) {
        List<String> values = new ArrayList<>();
        for (Line line : lines) {
            String[] fields = line.fields(name, 2);
            if (fields[0].equals(kind)) {
                values.add(fields[1]);
            }
        }
        return List.copyOf(values);
    }

    /** The fields of every line whose first field is {@code kind}, in file order. */
    List<String[]> rows(String kind, int min) {
        List<String[]> rows = new ArrayList<>();
        for (Line line : lines) {
            if (line.fields(name, 1)[0].equals(kind)) {
                rows.add(line.fields(name, min));
            }
        }
        return List.copyOf(rows);
    }
}
