package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * How far apart figures may be from rounding alone, given the precision each is written to.
 * <ul>
 * <li>A figure written to its last digit carries half a unit of that digit: {@code 1302.76万元}
 *     ±0.005万元 (±50 yuan), {@code 170万元} ±0.5万元, {@code 95.24%} ±0.005, {@code 89.97} ±0.005;
 *     a count is exact.</li>
 * <li>A sum may differ from a stated total by the half-units of all its terms and of the total.</li>
 * <li>A ratio {@code a ÷ b × 100} may differ from a stated rate by the rate's half-unit plus what
 *     the half-units {@code ea}, {@code eb} of {@code a} and {@code b} can move the ratio: at most
 *     {@code 100 × (ea·|b| + |a|·eb) ÷ (|b|·(|b| − eb))}, which is {@code |r|·(ea/|a| + eb/|b|)}
 *     to first order and never less.</li>
 * </ul>
 * All arithmetic is exact {@link BigDecimal}; quotients are taken to
 * {@value Decimals#QUOTIENT_SCALE} places.
 */
public final class Tolerance {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Tolerance() {
    }

    /** Half of the last written digit of {@code stated}: 0.005 for 1302.76, 0.5 for 170. */
    public static BigDecimal halfUnit(BigDecimal stated) {
        return BigDecimal.valueOf(5, stated.scale() + 1);
    }

    /** The sum of the figures' half-units: what rounding alone allows between a sum and its total. */
    public static BigDecimal ofSum(Collection<Stated> figures) {
        return figures.stream().map(Stated::halfUnit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * How far {@code a ÷ b × 100} can move when {@code a} and {@code b} are off by up to {@code ea}
     * and {@code eb}; empty when {@code b} may be zero (|b| ≤ eb), as the ratio is then undecidable.
     */
    public static Optional<BigDecimal> ofRatio(BigDecimal a, BigDecimal ea, BigDecimal b, BigDecimal eb) {
        BigDecimal den = b.abs();
        if (den.compareTo(eb) <= 0) {
            return Optional.empty();
        }
        BigDecimal spread = ea.multiply(den).add(a.abs().multiply(eb)).multiply(HUNDRED);
        return Optional.of(spread.divide(den.multiply(den.subtract(eb)), Decimals.QUOTIENT_SCALE, RoundingMode.UP));
    }

    /**
     * How far a stated rate may lie from {@code numerator ÷ denominator × 100}: the rate's half-unit
     * plus {@link #ofRatio}; empty when the denominator may be zero.
     */
    public static Optional<BigDecimal> ofRate(Stated rate, Stated numerator, Stated denominator) {
        return ofRatio(numerator.value(), numerator.halfUnit(), denominator.value(), denominator.halfUnit())
                .map(spread -> spread.add(rate.halfUnit()));
    }

    /** How a stated figure compares with the value other figures imply, within {@code tolerance}. */
    public static Agreement judge(Stated stated, BigDecimal implied, BigDecimal tolerance) {
        return Agreement.of(stated.roundsTo(implied), stated.value().subtract(implied), tolerance);
    }
}
