package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Quantity;

/**
 * A number as a fact states it, ready for arithmetic: its exact value in the unit findings use
 * (yuan, percent, percentage_point, points, item, or a measure's own unit), the half-unit of its
 * last written digit in that unit ({@code 1302.76万元} is 13027600 yuan ±50 yuan; a count is exact),
 * and the way the document writes it, so implied values can be written the same way.
 */
public final class Stated {
    /** For {@link #write(BigDecimal, int)}: write every decimal (sums and differences are exact). */
    public static final int IN_FULL = Integer.MAX_VALUE / 2;

    private final Fact fact;
    private final BigDecimal stated;
    private final BigDecimal value;
    private final BigDecimal halfUnit;
    private final int scale;
    private final int writtenScale;
    private final int unitShift;
    private final String suffix;
    private final String unit;
    private final boolean exact;

    private Stated(Fact fact, BigDecimal stated, BigDecimal perStated, String suffix, String unit, boolean exact) {
        this.fact = fact;
        this.stated = stated;
        this.unitShift = -perStated.stripTrailingZeros().scale();
        this.value = stated.movePointRight(unitShift);
        this.writtenScale = Math.max(stated.scale(), 0);
        this.scale = stated.scale() - unitShift;
        this.exact = exact;
        this.halfUnit = exact ? BigDecimal.ZERO : BigDecimal.valueOf(5, scale + 1);
        this.suffix = suffix;
        this.unit = unit;
    }

    /** The fact's number; empty for a grade, which has none. */
    public static Optional<Stated> of(Fact fact) {
        Quantity q = fact.quantity();
        if (q instanceof Quantity.Amount a) {
            return Optional.of(new Stated(fact, a.value(), a.unit().yuan(), a.unit().label(), "yuan", false));
        }
        if (q instanceof Quantity.Rate r) {
            return Optional.of(new Stated(fact, r.value(), BigDecimal.ONE, r.percentagePoints() ? "个百分点" : "%",
                    r.unitLabel(), false));
        }
        if (q instanceof Quantity.Score s) {
            return Optional.of(new Stated(fact, s.points(), BigDecimal.ONE, "", "points", false));
        }
        if (q instanceof Quantity.Count c) {
            return Optional.of(new Stated(fact, c.value(), BigDecimal.ONE, "", "item", true));
        }
        if (q instanceof Quantity.Measure m) {
            return Optional.of(new Stated(fact, m.value(), BigDecimal.ONE, m.unit(), m.unit(), false));
        }
        return Optional.empty();
    }

    public Fact fact() {
        return fact;
    }

    /** The value in {@link #unit()}: yuan for an amount, percent for a rate, points, items. */
    public BigDecimal value() {
        return value;
    }

    /** Half of the last written digit, in {@link #unit()}: 50 for {@code 1302.76万元}; zero for a count. */
    public BigDecimal halfUnit() {
        return halfUnit;
    }

    /** The contract's unit of {@link #value()}: yuan, percent, percentage_point, points, item or a measure's unit. */
    public String unit() {
        return unit;
    }

    /** Whether the figure is exact by nature (a count), not rounded to its last digit. */
    public boolean exact() {
        return exact;
    }

    /** {@code implied} rounded (half up) to the precision this figure is written to. */
    public BigDecimal round(BigDecimal implied) {
        return exact ? implied : implied.setScale(scale, RoundingMode.HALF_UP);
    }

    /** Whether {@code implied}, rounded as this figure is written, is this figure. */
    public boolean roundsTo(BigDecimal implied) {
        return round(implied).compareTo(value) == 0;
    }

    /** The figure as the document states it: {@code 1302.76万元}, {@code 95.24%}, {@code 89.97}, a count's own text. */
    public String shown() {
        if (exact) {
            return fact.text();
        }
        return stated.toPlainString() + suffix;
    }

    /** The figure with its label in front, as a message names it: {@code 上级财政下达 10.53万元}. */
    public String named() {
        return fact.label().isEmpty() ? shown() : fact.label() + " " + shown();
    }

    /** A value in {@link #unit()} written as this figure is, in full: a sum of parts, {@code 1302.76万元}. */
    public String write(BigDecimal inUnit) {
        return write(inUnit, IN_FULL);
    }

    /**
     * A value in {@link #unit()} written as this figure is, with at most {@code extraDigits} more
     * decimals than the figure has; a longer value is cut and ends in …: {@code 80.5648…%}.
     */
    public String write(BigDecimal inUnit, int extraDigits) {
        return Decimals.written(inUnit.movePointLeft(unitShift), writtenScale, writtenScale + extraDigits) + suffix;
    }

    /**
     * A difference or tolerance in {@link #unit()}: as {@link #write(BigDecimal, int)}, except that a
     * difference between percents is written in percentage points.
     */
    public String writeGap(BigDecimal inUnit, int extraDigits) {
        if (unit.equals("percent")) {
            return Decimals.written(inUnit, writtenScale, writtenScale + extraDigits) + " percentage points";
        }
        return write(inUnit, extraDigits);
    }
}
