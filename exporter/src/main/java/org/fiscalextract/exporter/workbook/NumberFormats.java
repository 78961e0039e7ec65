package org.fiscalextract.exporter.workbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.fiscalextract.exporter.ContractSchema;

/** The Excel number format of each contract column, by its unit, from {@code workbook-number-formats.tsv}. */
final class NumberFormats {
    static final String GENERAL = "General";
    private static final String WHOLE = "0";
    private static final Map<String, String> BY_UNIT = load();

    private NumberFormats() {
    }

    static String of(ContractSchema.Column column) {
        if (column.type() == ContractSchema.Type.STRING) {
            return GENERAL;
        }
        String format = BY_UNIT.get(column.unit());
        if (format != null) {
            return format;
        }
        return column.type() == ContractSchema.Type.NUMBER ? GENERAL : WHOLE;
    }

    private static Map<String, String> load() {
        Map<String, String> formats = new HashMap<>();
        try (InputStream in = NumberFormats.class.getResourceAsStream("workbook-number-formats.tsv")) {
            if (in == null) {
                throw new IllegalStateException("workbook-number-formats.tsv is missing from the exporter jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 2) {
                    throw new IllegalStateException("workbook-number-formats.tsv: unit<TAB>format expected in: " + line);
                }
                formats.put(f[0], f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(formats);
    }
}
