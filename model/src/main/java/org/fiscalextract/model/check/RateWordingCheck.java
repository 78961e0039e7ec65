package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * {@code rate_vs_wording}: a completion rate against the words of its sentence that compare the
 * outturn with the budget (完成预算100%，决算数等于预算数). A rate that cannot be below, at or above
 * 100% as the words say, even allowing for its rounding, is an error. A rate of exactly 100% beside
 * 小于 or 大于 is a warning, not info: both hold only if a shortfall or excess was rounded away, and
 * the sentence then explains a difference the rate does not show (004's 三公经费: 完成预算100%,
 * 决算数小于预算数的主要原因是…).
 */
public final class RateWordingCheck extends RelationCheck<Relation.RateWording> {
    public static final String NAME = "rate_vs_wording";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public RateWordingCheck() {
        super(NAME, Relation.RateWording.class);
    }

    @Override
    Optional<Finding> check(Relation.RateWording wording) {
        Optional<Stated> stated = Stated.of(wording.rate()).filter(s -> s.unit().equals("percent"));
        if (stated.isEmpty() || !Relations.decidable(wording.rate())) {
            return Optional.empty();
        }
        Stated rate = stated.get();
        BigDecimal low = rate.value().subtract(rate.halfUnit());
        BigDecimal high = rate.value().add(rate.halfUnit());
        boolean possible = switch (wording.comparison()) {
            case BELOW -> low.compareTo(HUNDRED) < 0;
            case ABOVE -> high.compareTo(HUNDRED) > 0;
            case EQUAL -> low.compareTo(HUNDRED) <= 0 && high.compareTo(HUNDRED) >= 0;
        };
        boolean exactlyHundred = rate.value().compareTo(HUNDRED) == 0;
        Severity severity;
        if (!possible) {
            severity = Severity.ERROR;
        } else if (exactlyHundred && wording.comparison() != Relation.Comparison.EQUAL) {
            severity = Severity.WARNING;
        } else {
            return Optional.empty();
        }
        BigDecimal difference = rate.value().subtract(HUNDRED);
        String says = rate.named() + " stated, but the sentence says " + wording.words() + " ("
                + meaning(wording.comparison()) + ")";
        String message = severity == Severity.ERROR
                ? says + ", which needs a rate " + needed(wording.comparison()) + ": "
                        + rate.writeGap(difference.abs(), 0) + " from 100%, beyond rounding (±"
                        + rate.writeGap(rate.halfUnit(), 1) + ")"
                : says + ": both hold only if the rate was rounded to 100% from between "
                        + (wording.comparison() == Relation.Comparison.BELOW
                                ? rate.write(low, 1) + " and 100%" : "100% and " + rate.write(high, 1))
                        + "; the amounts should be checked";
        Quote words = new Quote("", wording.words(), wording.rate().context(), wording.rate().location().label());
        return Optional.of(new Finding(NAME, severity, message, rate.unit(), Optional.of(HUNDRED),
                Optional.of(Decimals.plain(rate.value())), Optional.of(Decimals.plain(difference)),
                Optional.of(Decimals.plain(rate.halfUnit())), List.of(Quotes.of(wording.rate()), words)));
    }

    private static String meaning(Relation.Comparison comparison) {
        return switch (comparison) {
            case BELOW -> "the outturn below the budget";
            case EQUAL -> "the outturn equal to the budget";
            case ABOVE -> "the outturn above the budget";
        };
    }

    private static String needed(Relation.Comparison comparison) {
        return switch (comparison) {
            case BELOW -> "below 100%";
            case EQUAL -> "of 100%";
            case ABOVE -> "above 100%";
        };
    }
}
