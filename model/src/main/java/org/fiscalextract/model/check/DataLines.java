package org.fiscalextract.model.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a UTF-8 data file that sits next to the checks on the class path, without blank
 * lines and {@code #} comments, each trimmed of its line end.
 */
final class DataLines {
    private DataLines() {
    }

    static List<String> read(String name) {
        try (InputStream in = DataLines.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("data file missing from the class path: " + name);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    static List<String> parse(BufferedReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String content = line.strip();
            if (!content.isEmpty() && !content.startsWith("#")) {
                lines.add(line.stripTrailing());
            }
        }
        return List.copyOf(lines);
    }
}
