package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rate_vs_amounts}: a stated rate against the amounts it is the ratio of: an execution rate
 * (执行率 = executed ÷ budget, on the base the relation names: initial or adjusted budget, funds
 * received) or a share (占 = part ÷ total). The message names the base. A denominator that may be
 * zero (0, or within its rounding of 0) leaves the rate undecidable: no finding. Tolerance: the
 * rate's half-unit plus what the amounts' half-units can move the ratio ({@link Tolerance#ofRate}).
 */
public final class RatioCheck extends RelationCheck<Relation.Ratio> {
    public static final String NAME = "rate_vs_amounts";

    /** How the message names each base the extractor may give. */
    private static final Map<String, String> BASES = Map.of(
            "budget", "the budget",
            "initial", "the initial budget",
            "adjusted", "the adjusted budget",
            "received", "the funds received",
            "total", "the total");

    /** Decimals written beyond the stated rate's own in an implied rate: 80.5648…% for 80.57%. */
    private static final int EXTRA_DIGITS = 2;

    public RatioCheck() {
        super(NAME, Relation.Ratio.class);
    }

    @Override
    Optional<Finding> check(Relation.Ratio ratio) {
        Optional<Stated> rate = Stated.of(ratio.rate());
        Optional<Stated> numerator = Stated.of(ratio.numerator());
        Optional<Stated> denominator = Stated.of(ratio.denominator());
        if (rate.isEmpty() || numerator.isEmpty() || denominator.isEmpty()
                || !rate.get().unit().equals("percent")
                || !numerator.get().unit().equals(denominator.get().unit())
                || !Relations.decidable(ratio.rate()) || !Relations.decidable(ratio.numerator())
                || !Relations.decidable(ratio.denominator())) {
            return Optional.empty();
        }
        return compare(rate.get(), numerator.get(), denominator.get(), ratio.base());
    }

    private static Optional<Finding> compare(Stated rate, Stated numerator, Stated denominator, String base) {
        Optional<BigDecimal> tolerance = Tolerance.ofRate(rate, numerator, denominator);
        if (tolerance.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal implied = Decimals.percent(numerator.value(), denominator.value());
        Agreement agreement = Tolerance.judge(rate, implied, tolerance.get());
        if (agreement.severity().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal difference = rate.value().subtract(implied);
        String message = rate.named() + " stated; " + numerator.named() + " ÷ " + denominator.named()
                + baseWords(base) + " = " + rate.write(implied, EXTRA_DIGITS) + ": "
                + agreement.describe(rate.writeGap(difference.abs(), EXTRA_DIGITS),
                rate.writeGap(tolerance.get(), EXTRA_DIGITS + 1));
        return Optional.of(new Finding(NAME, agreement.severity().orElseThrow(), message, rate.unit(),
                Optional.of(Decimals.plain(implied)), Optional.of(Decimals.plain(rate.value())),
                Optional.of(Decimals.plain(difference)), Optional.of(Decimals.plain(tolerance.get())),
                List.of(Quotes.of(rate.fact()), Quotes.of(numerator.fact()), Quotes.of(denominator.fact()))));
    }

    private static String baseWords(String base) {
        if (base.isBlank()) {
            return "";
        }
        return " (base: " + BASES.getOrDefault(base, base) + ")";
    }
}
