package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.fiscalextract.model.check.IndicatorTable.Points;

/**
 * The precision of an indicator table's weights. A weight is allocated, not measured: a whole
 * number (10, 8.00) is exact; one written with decimals (33.3) may be a rounded fraction and
 * carries the half-unit of its last digit.
 */
final class Weights {
    private Weights() {
    }

    static BigDecimal halfUnit(Points weight) {
        return whole(weight) ? BigDecimal.ZERO : Tolerance.halfUnit(weight.value());
    }

    /** Whether {@code implied}, rounded as the weight is written, is the weight. */
    static boolean roundsTo(Points weight, BigDecimal implied) {
        BigDecimal rounded = whole(weight) ? implied : implied.setScale(weight.value().scale(), RoundingMode.HALF_UP);
        return rounded.compareTo(weight.value()) == 0;
    }

    static String written(Points weight) {
        return weight.value().toPlainString();
    }

    private static boolean whole(Points weight) {
        return weight.value().stripTrailingZeros().scale() <= 0;
    }
}
