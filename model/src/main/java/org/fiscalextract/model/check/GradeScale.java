package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.fiscalextract.model.fact.GradeLevel;

/**
 * Which grade a score earns: 优 from {@code excellent} points up, 良 from {@code good}, 中 from
 * {@code fair}, 差 below. The national default (财预〔2020〕10号) is ≥90 优, ≥80 良, ≥60 中.
 *
 * @param name   what the scale is called in messages, e.g. {@code the default scale}
 * @param source the rule it follows, e.g. 财预〔2020〕10号
 */
public record GradeScale(String name, BigDecimal excellent, BigDecimal good, BigDecimal fair, String source) {
    /** ≥90 优, ≥80 良, ≥60 中, below 差. */
    public static final GradeScale DEFAULT = new GradeScale("the default scale", BigDecimal.valueOf(90),
            BigDecimal.valueOf(80), BigDecimal.valueOf(60), "财预〔2020〕10号");

    public GradeScale {
        Objects.requireNonNull(name);
        Objects.requireNonNull(source);
        if (excellent.compareTo(good) <= 0 || good.compareTo(fair) <= 0) {
            throw new IllegalArgumentException("grade thresholds must fall from 优 to 中: "
                    + excellent + ", " + good + ", " + fair);
        }
    }

    /** The grade {@code score} earns on this scale. */
    public GradeLevel gradeOf(BigDecimal score) {
        if (score.compareTo(excellent) >= 0) {
            return GradeLevel.EXCELLENT;
        }
        if (score.compareTo(good) >= 0) {
            return GradeLevel.GOOD;
        }
        return score.compareTo(fair) >= 0 ? GradeLevel.FAIR : GradeLevel.POOR;
    }

    /** The lowest score of {@code level}; empty for 差, which has none. */
    public Optional<BigDecimal> lowest(GradeLevel level) {
        switch (level) {
            case EXCELLENT:
                return Optional.of(excellent);
            case GOOD:
                return Optional.of(good);
            case FAIR:
                return Optional.of(fair);
            default:
                return Optional.empty();
        }
    }

    /** The score at which {@code level} ends (the lowest of the grade above); empty for 优. */
    public Optional<BigDecimal> end(GradeLevel level) {
        switch (level) {
            case GOOD:
                return Optional.of(excellent);
            case FAIR:
                return Optional.of(good);
            case POOR:
                return Optional.of(fair);
            default:
                return Optional.empty();
        }
    }

    /** The band of {@code level} in words: {@code 80 to below 90}, {@code 90 or more}, {@code below 60}. */
    public String band(GradeLevel level) {
        Optional<BigDecimal> low = lowest(level);
        Optional<BigDecimal> high = end(level);
        if (low.isEmpty()) {
            return "below " + high.orElseThrow().toPlainString();
        }
        if (high.isEmpty()) {
            return low.get().toPlainString() + " or more";
        }
        return low.get().toPlainString() + " to below " + high.get().toPlainString();
    }

    /** The whole scale in words: {@code ≥90 优, ≥80 良, ≥60 中, below 差; 财预〔2020〕10号}. */
    public String describe() {
        return "≥" + excellent.toPlainString() + " 优, ≥" + good.toPlainString() + " 良, ≥" + fair.toPlainString()
                + " 中, below 差" + (source.isEmpty() ? "" : "; " + source);
    }
}
