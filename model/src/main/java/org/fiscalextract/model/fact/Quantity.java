package org.fiscalextract.model.fact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A value as a report states it. Numbers are exact decimals as written: {@code 1302.76万元}
 * keeps 1302.76 and 万元, so both its value in yuan and the precision it was stated to are known.
 */
public sealed interface Quantity permits Quantity.Amount, Quantity.Rate, Quantity.Score, Quantity.Grade,
        Quantity.Count, Quantity.Measure {

    /** The contract's kind: amount, rate, score, grade, count or measure. */
    String kind();

    /** The contract's unit column: yuan, percent, percentage_point, points, grade, item or a measure's unit. */
    String unitLabel();

    /** The contract's value column, as an exact decimal string (a grade's normalized level). */
    String valueLabel();

    /** Money. {@code value} is as stated, in {@code unit}. */
    record Amount(BigDecimal value, MoneyUnit unit) implements Quantity {
        public Amount {
            Objects.requireNonNull(value);
            Objects.requireNonNull(unit);
        }

        public BigDecimal yuan() {
            return value.multiply(unit.yuan());
        }

        public BigDecimal wan() {
            return yuan().movePointLeft(4);
        }

        @Override
        public String kind() {
            return "amount";
        }

        @Override
        public String unitLabel() {
            return "yuan";
        }

        @Override
        public String valueLabel() {
            return plain(yuan());
        }
    }

    /** A rate in percent ({@code 95.24%}) or a change in percentage points ({@code 3.2个百分点}). */
    record Rate(BigDecimal value, boolean percentagePoints) implements Quantity {
        public Rate {
            Objects.requireNonNull(value);
        }

        @Override
        public String kind() {
            return "rate";
        }

        @Override
        public String unitLabel() {
            return percentagePoints ? "percentage_point" : "percent";
        }

        @Override
        public String valueLabel() {
            return plain(value);
        }
    }

    /** An evaluation score in points ({@code 92分}). */
    record Score(BigDecimal points) implements Quantity {
        public Score {
            Objects.requireNonNull(points);
        }

        @Override
        public String kind() {
            return "score";
        }

        @Override
        public String unitLabel() {
            return "points";
        }

        @Override
        public String valueLabel() {
            return plain(points);
        }
    }

    /** A grade normalized to 优/良/中/差; the original wording is the fact's text. */
    record Grade(GradeLevel level) implements Quantity {
        public Grade {
            Objects.requireNonNull(level);
        }

        @Override
        public String kind() {
            return "grade";
        }

        @Override
        public String unitLabel() {
            return "grade";
        }

        @Override
        public String valueLabel() {
            return level.label();
        }
    }

    /** A tally of things ({@code 8个项目}, {@code 25人次}); {@code counted} names what is counted. */
    record Count(BigDecimal value, String counted) implements Quantity {
        public Count {
            Objects.requireNonNull(value);
            Objects.requireNonNull(counted);
        }

        @Override
        public String kind() {
            return "count";
        }

        @Override
        public String unitLabel() {
            return "item";
        }

        @Override
        public String valueLabel() {
            return plain(value);
        }
    }

    /** Any other quantity with its own unit ({@code 42万吨}: 42 in 万吨). */
    record Measure(BigDecimal value, String unit) implements Quantity {
        public Measure {
            Objects.requireNonNull(value);
            Objects.requireNonNull(unit);
        }

        @Override
        public String kind() {
            return "measure";
        }

        @Override
        public String unitLabel() {
            return unit;
        }

        @Override
        public String valueLabel() {
            return plain(value);
        }
    }

    /** An exact decimal without exponent or trailing zeros: 13027600, 95.24, 0.46. */
    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString();
    }
}
