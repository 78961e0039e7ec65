package org.fiscalextract.extractor.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One of this package's data files on the class path: UTF-8, one entry a line; blank lines
 * and lines whose first character is {@code #} are skipped.
 */
record DataFile(String name, List<Line> lines) {

    /** One entry with its 1-based line number, for error messages. */
    record Line(int number, String text) {}

    static DataFile read(String name) {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = DataFile.class.getResourceAsStream(name)) {
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
                if (!text.isBlank() && text.charAt(0) != '#') {
                    lines.add(new Line(number, text));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
        return new DataFile(name, List.copyOf(lines));
    }

    /** The tab-separated fields of a line, of which at least {@code min} must be present. */
    String[] fields(Line line, int min) {
        String[] fields = line.text().split("\t");
        if (fields.length < min) {
            throw error(line, "expected at least " + min + " tab-separated fields");
        }
        return fields;
    }

    IllegalStateException error(Line line, String message) {
        return new IllegalStateException(name + ":" + line.number() + ": " + message + ": " + line.text());
    }
}
