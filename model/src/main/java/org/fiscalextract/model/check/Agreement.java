package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a figure the document states compares with the value other figures imply, given the
 * precision they are written to: it {@link #HOLDS} when the implied value, rounded the way the
 * stated one is written, is the stated one; it is {@link #WITHIN_ROUNDING} when they differ by no
 * more than the tolerance; otherwise {@link #BEYOND_ROUNDING}.
 */
public enum Agreement {
    HOLDS,
    WITHIN_ROUNDING,
    BEYOND_ROUNDING;

    /**
     * @param equalWhenRounded whether the implied value rounds to the stated one
     * @param difference       stated − implied (its sign does not matter)
     * @param tolerance        how far apart rounding alone can put them
     */
    public static Agreement of(boolean equalWhenRounded, BigDecimal difference, BigDecimal tolerance) {
        if (equalWhenRounded) {
            return HOLDS;
        }
        return difference.abs().compareTo(tolerance) <= 0 ? WITHIN_ROUNDING : BEYOND_ROUNDING;
    }

    /** The finding's severity: none when the figures hold, info within rounding, error beyond it. */
    public Optional<Severity> severity() {
        switch (this) {
            case WITHIN_ROUNDING:
                return Optional.of(Severity.INFO);
            case BEYOND_ROUNDING:
                return Optional.of(Severity.ERROR);
            default:
                return Optional.empty();
        }
    }

    /**
     * The end of a message: {@code 168.99万元 apart, beyond rounding (±0.015万元)}; for exact
     * figures (zero tolerance) {@code 1 apart (exact figures)}.
     *
     * @param gap       how far apart, as written (168.99万元)
     * @param tolerance the tolerance as written, or empty when the figures are exact
     */
    public String describe(String gap, String tolerance) {
        if (tolerance.isEmpty()) {
            return gap + " apart (exact figures)";
        }
        return gap + " apart, " + rounding(tolerance);
    }

    /** {@code within rounding (±0.015万元)} or {@code beyond rounding (±0.015万元)}. */
    public String rounding(String tolerance) {
        return (this == BEYOND_ROUNDING ? "beyond" : "within") + " rounding (±" + tolerance + ")";
    }
}
