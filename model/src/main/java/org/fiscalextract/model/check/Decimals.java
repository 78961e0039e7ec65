package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the checks divide and how they write decimals: every quotient is taken to
 * {@link #QUOTIENT_SCALE} places, half-even, and a number too long to write in full is cut
 * (never rounded) and marked with an ellipsis, so {@code 80.5648…} means 80.5648 and more.
 */
final class Decimals {
    /** Decimal places of every quotient the checks compute (in the unit of the result). */
    static final int QUOTIENT_SCALE = 12;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Decimals() {
    }

    /** {@code a ÷ b × 100}, to {@link #QUOTIENT_SCALE} places. */
    static BigDecimal percent(BigDecimal a, BigDecimal b) {
        return a.multiply(HUNDRED).divide(b, QUOTIENT_SCALE, RoundingMode.HALF_EVEN);
    }

    /** An exact decimal without trailing zeros or exponent, as findings carry it: 13027600, 95.24. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * {@code value} written with at least {@code minScale} decimals (as the document wrote the
     * figure it is compared with) and at most {@code maxScale}; a longer value is cut and ends in …
     */
    static String written(BigDecimal value, int minScale, int maxScale) {
        BigDecimal v = plain(value);
        boolean cut = false;
        if (v.scale() > maxScale) {
            v = v.setScale(maxScale, RoundingMode.DOWN);
            cut = true;
        }
        if (v.scale() < minScale) {
            v = v.setScale(minScale);
        }
        return v.toPlainString() + (cut ? "…" : "");
    }
}
