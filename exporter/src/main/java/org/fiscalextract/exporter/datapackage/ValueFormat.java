package org.fiscalextract.exporter.datapackage;

import java.util.Optional;
import java.util.regex.Pattern;

import org.fiscalextract.exporter.ContractSchema;

/**
 * What a non-empty value of each contract type must look like. Stricter than Table Schema
 * (which also reads 1e5, NaN and INF as numbers) because the contract promises exact decimals
 * that every spreadsheet and language reads the same way.
 */
final class ValueFormat {
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private ValueFormat() {
    }

    /** Why {@code value} is not of {@code type}, in words; empty when it is. */
    static Optional<String> problem(ContractSchema.Type type, String value) {
        return switch (type) {
            case STRING -> Optional.empty();
            case INTEGER -> INTEGER.matcher(value).matches() ? Optional.empty() : Optional.of(quote(value)
                    + " is not an integer: digits only, with an optional minus sign (no decimal point, spaces or"
                    + " thousands separators)");
            case NUMBER -> NUMBER.matcher(value).matches() ? Optional.empty() : Optional.of(quote(value)
                    + " is not a number: digits with an optional minus sign and decimal point, no thousands"
                    + " separators, spaces, units or exponent");
            case YEAR -> YEAR.matcher(value).matches() ? Optional.empty() : Optional.of(quote(value)
                    + " is not a year: four digits, such as 2024");
        };
    }

    private static String quote(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return "\"" + shown + "\"";
    }
}
