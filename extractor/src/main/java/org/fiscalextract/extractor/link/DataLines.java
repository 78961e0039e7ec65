package org.fiscalextract.extractor.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The non-comment lines of a tab-separated data file under this package's resources. */
final class DataLines {
    private DataLines() {
    }

    static List<String[]> read(String resource, int fields) {
        try (InputStream in = DataLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return parse(reader.lines().toList(), fields, resource);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String[]> parse(List<String> lines, int fields, String where) {
        return lines.stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> {
                    String[] f = line.split("\t", fields);
                    if (f.length != fields) {
                        throw new IllegalStateException(where + ": expected " + fields + " tab-separated fields in: " + line);
                    }
                    return f;
                })
                .toList();
    }
}
