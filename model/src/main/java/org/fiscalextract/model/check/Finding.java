package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A failed (or undecidable) consistency check, with everything a person needs to verify it
 * without opening the document: the arithmetic, the values compared, the tolerance their
 * stated precision allows, and the quotes. Values are in the unit named by {@code unit}
 * (yuan, percent, points, item).
 *
 * @param check      the check's name, e.g. {@code breakdown_sum}
 * @param message    the finding in plain words, with the arithmetic
 * @param expected   what the other figures imply (e.g. the sum of the parts), if a number
 * @param actual     what the document states, if a number
 * @param difference actual − expected
 * @param tolerance  how far apart the two may be from rounding alone
 */
public record Finding(String check, Severity severity, String message, String unit, Optional<BigDecimal> expected,
                      Optional<BigDecimal> actual, Optional<BigDecimal> difference, Optional<BigDecimal> tolerance,
                      List<Quote> quotes) {
    public Finding {
        Objects.requireNonNull(check);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(expected);
        Objects.requireNonNull(actual);
        Objects.requireNonNull(difference);
        Objects.requireNonNull(tolerance);
        quotes = List.copyOf(quotes);
    }

    /** The ids of the facts involved, in the order quoted (a quoted table weight is not a fact and has none). */
    public List<String> factIds() {
        return quotes.stream().map(Quote::factId).filter(id -> !id.isEmpty()).toList();
    }
}
