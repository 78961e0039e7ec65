package org.fiscalextract.app;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --time-limit}: seconds ({@code 90}), or with units ({@code 500ms}, {@code 30s}, {@code 2m}, {@code 1m30s}, {@code 1h}). */
final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");
    private static final Pattern SECONDS = Pattern.compile("\\d+(?:\\.\\d+)?");

    @Override
    public Duration convert(String value) {
        Duration duration = parse(value.trim().toLowerCase(Locale.ROOT));
        if (duration == null) {
            throw new TypeConversionException("'" + value + "' is not a duration; write seconds (90) or use a unit: "
                    + "500ms, 30s, 2m, 1m30s, 1h");
        }
        if (duration.isZero()) {
            throw new TypeConversionException("'" + value + "': the time limit must be more than zero");
        }
        return duration;
    }

    static Duration parse(String text) {
        if (SECONDS.matcher(text).matches()) {
            return millis(new BigDecimal(text), 1000);
        }
        Matcher part = PART.matcher(text);
        Duration total = Duration.ZERO;
        int end = 0;
        while (part.find() && part.start() == end) {
            BigDecimal number = new BigDecimal(part.group(1));
            total = total.plus(millis(number, switch (part.group(2)) {
                case "ms" -> 1;
                case "s" -> 1000;
                case "m" -> 60_000;
                default -> 3_600_000;
            }));
            end = part.end();
        }
        return end == text.length() && end > 0 ? total : null;
    }

    private static Duration millis(BigDecimal number, long unitMillis) {
        return Duration.ofMillis(number.multiply(BigDecimal.valueOf(unitMillis)).longValue());
    }
}
