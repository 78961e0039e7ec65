package org.fiscalextract.extractor.recognize;

import java.math.BigDecimal;
import java.util.Optional;

import org.fiscalextract.model.fact.Quantity.Rate;

/** The value and unit of a rate as written; the rules decide where one stands. */
final class RateText {
    private RateText() {
    }

    /** A rate with its unit: 95.24%, 3‰ (0.3 percent), 百分之九十五, 3.2个百分点. */
    static Optional<Rate> read(String text) {
        return read(text, null);
    }

    /** A range's low end, which may leave its unit to the high end: the 10 of 10-20%. */
    static Optional<Rate> readLow(String text, Rate high) {
        return read(text, high.percentagePoints());
    }

    /** @param bare the unit of a bare number (true: percentage points), or null if it is no rate */
    private static Optional<Rate> read(String text, Boolean bare) {
        String t = text.strip();
        if (t.endsWith("百分点")) {
            String n = t.substring(0, t.length() - "百分点".length());
            return number(n.endsWith("个") ? n.substring(0, n.length() - 1) : n).map(v -> new Rate(v, true));
        }
        if (t.startsWith("百分之")) {
            String n = t.substring("百分之".length());
            return (n.equals("百") ? Optional.of(BigDecimal.valueOf(100)) : number(n)).map(v -> new Rate(v, false));
        }
        if (t.endsWith("‰")) {
            return number(t.substring(0, t.length() - 1)).map(v -> new Rate(v.movePointLeft(1), false));
        }
        if (t.endsWith("%") || t.endsWith("％") || t.endsWith("﹪")) {
            return number(t.substring(0, t.length() - 1)).map(v -> new Rate(v, false));
        }
        return bare == null ? Optional.empty() : number(t).map(v -> new Rate(v, bare));
    }

    private static Optional<BigDecimal> number(String text) {
        String t = text.strip();
        if (t.startsWith("−") || t.startsWith("－")) {
            t = "-" + t.substring(1);
        }
        Optional<BigDecimal> arabic = NumberParser.arabic(t);
        return arabic.isPresent() ? arabic : NumberParser.chinese(t);
    }
}
