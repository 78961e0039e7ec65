package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.fiscalextract.model.fact.GradeLevel;
import org.fiscalextract.model.fact.Quantity;

/**
 * {@code grade_vs_score}: the grade a document gives a score against the grade the scale in force
 * (by province and year, {@link GradeScales}) gives it. A score is written to its last digit, so
 * {@code 90} may stand for anything from 89.5 to 90.5: when the stated grade's band is within that
 * reach the finding is info, otherwise an error. {@code expected} is the nearest score the stated
 * grade allows (the lowest of its band, or where it ends), {@code actual} the stated score.
 */
public final class GradeScoreCheck implements Check {
    public static final String NAME = "grade_vs_score";

    private final GradeScales scales;

    public GradeScoreCheck(GradeScales scales) {
        this.scales = Objects.requireNonNull(scales);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> check(Figures figures) {
        GradeScale scale = scales.forDocument(figures.province(), figures.fiscalYear());
        List<Finding> findings = new ArrayList<>();
        for (Relation.GradedScore g : Relations.of(figures, Relation.GradedScore.class)) {
            check(g, scale).ifPresent(findings::add);
        }
        return findings;
    }

    Optional<Finding> check(Relation.GradedScore graded, GradeScale scale) {
        Optional<Stated> score = Stated.of(graded.score());
        if (score.isEmpty() || !score.get().unit().equals("points")
                || !(graded.grade().quantity() instanceof Quantity.Grade g)
                || !Relations.decidable(graded.score()) || !Relations.decidable(graded.grade())) {
            return Optional.empty();
        }
        GradeLevel stated = g.level();
        Stated s = score.get();
        GradeLevel earned = scale.gradeOf(s.value());
        if (earned == stated) {
            return Optional.empty();
        }
        boolean tooLow = s.value().compareTo(scale.lowest(stated).orElse(s.value())) < 0;
        BigDecimal bound = tooLow ? scale.lowest(stated).orElseThrow() : scale.end(stated).orElseThrow();
        BigDecimal difference = s.value().subtract(bound);
        // the band is [lowest, end): a score written as its end may still have been just below it
        boolean reachable = tooLow ? difference.abs().compareTo(s.halfUnit()) <= 0
                : difference.compareTo(s.halfUnit()) < 0;
        Agreement agreement = reachable ? Agreement.WITHIN_ROUNDING : Agreement.BEYOND_ROUNDING;
        String where = tooLow
                ? s.write(difference.abs()) + " points short of the " + bound.toPlainString() + " that "
                        + stated.label() + " needs"
                : (difference.signum() == 0 ? "at " : s.write(difference) + " points above ")
                        + bound.toPlainString() + ", where " + stated.label() + " ends";
        String message = "score " + s.shown() + " is " + earned.label() + " on " + scale.name() + " ("
                + scale.describe() + "), but the document grades it " + stated.label() + " ("
                + scale.band(stated) + "): " + where + ", " + agreement.rounding(s.write(s.halfUnit()));
        return Optional.of(new Finding(NAME, agreement.severity().orElseThrow(), message, "points",
                Optional.of(bound), Optional.of(Decimals.plain(s.value())), Optional.of(Decimals.plain(difference)),
                Optional.of(Decimals.plain(s.halfUnit())),
                List.of(Quotes.of(graded.score()), Quotes.of(graded.grade()))));
    }
}
