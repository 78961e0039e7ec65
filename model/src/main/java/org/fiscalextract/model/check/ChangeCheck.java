package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;

/**
 * {@code change_vs_values}: a year-on-year change against its growth rate. The prior year's value
 * is the current one less the increase (or plus the decrease); the stated rate must be the change
 * ÷ that prior value: 253.87万元, 增加27.64万元, 增长12.22% implies 27.64 ÷ 226.23 = 12.2177…%. An
 * increase stated with a falling rate (or the reverse) does not agree either. Tolerance: the
 * rate's half-unit plus what the half-units of the change (ea) and of the prior value (eb, the
 * current value's and the change's together) can move the ratio. A prior value that may be zero
 * leaves the rate undecidable.
 */
public final class ChangeCheck extends RelationCheck<Relation.Change> {
    public static final String NAME = "change_vs_values";

    private static final int EXTRA_DIGITS = 2;

    public ChangeCheck() {
        super(NAME, Relation.Change.class);
    }

    @Override
    Optional<Finding> check(Relation.Change change) {
        if (change.change().isEmpty() || change.rate().isEmpty()) {
            return Optional.empty();
        }
        Fact currentFact = change.current();
        Fact changeFact = change.change().get();
        Fact rateFact = change.rate().get();
        Optional<Stated> current = Stated.of(currentFact);
        Optional<Stated> delta = Stated.of(changeFact);
        Optional<Stated> rate = Stated.of(rateFact);
        if (current.isEmpty() || delta.isEmpty() || rate.isEmpty()
                || currentFact.qualifier() != Qualifier.EXACT
                || !Relations.decidable(changeFact) || !Relations.decidable(rateFact)
                || !current.get().unit().equals(delta.get().unit())
                || current.get().unit().startsWith("percent")
                || !rate.get().unit().equals("percent")) {
            return Optional.empty();
        }
        return compare(current.get(), delta.get(), rate.get());
    }

    private static Optional<Finding> compare(Stated current, Stated delta, Stated rate) {
        BigDecimal signedChange = signed(delta);
        BigDecimal prior = current.value().subtract(signedChange);
        BigDecimal priorHalfUnit = current.halfUnit().add(delta.halfUnit());
        Optional<BigDecimal> spread = Tolerance.ofRatio(signedChange, delta.halfUnit(), prior, priorHalfUnit);
        if (spread.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal tolerance = spread.get().add(rate.halfUnit());
        BigDecimal implied = Decimals.percent(signedChange, prior);
        BigDecimal statedRate = signed(rate);
        BigDecimal difference = statedRate.subtract(implied);
        Agreement agreement = Agreement.of(rate.round(implied).compareTo(statedRate) == 0, difference, tolerance);
        if (agreement.severity().isEmpty()) {
            return Optional.empty();
        }
        String label = current.fact().label().isEmpty() ? "" : current.fact().label() + ": ";
        String operator = signedChange.signum() < 0 ? " + " : " − ";
        String message = label + current.shown() + " after " + direction(signedChange) + " of " + delta.shown()
                + ", so the prior value is " + current.shown() + operator + delta.shown() + " = "
                + current.write(prior) + "; " + current.write(signedChange) + " ÷ " + current.write(prior) + " = "
                + rate.write(implied, EXTRA_DIGITS) + ", the document states " + direction(statedRate) + " of "
                + rate.shown().replace("-", "") + ": "
                + agreement.describe(rate.writeGap(difference.abs(), EXTRA_DIGITS),
                rate.writeGap(tolerance, EXTRA_DIGITS + 1));
        return Optional.of(new Finding(NAME, agreement.severity().orElseThrow(), message, rate.unit(),
                Optional.of(Decimals.plain(implied)), Optional.of(Decimals.plain(statedRate)),
                Optional.of(Decimals.plain(difference)), Optional.of(Decimals.plain(tolerance)),
                List.of(Quotes.of(current.fact()), Quotes.of(delta.fact()), Quotes.of(rate.fact()))));
    }

    /** The value with the sign its wording gives it: a decrease (减少, 下降) counts down. */
    private static BigDecimal signed(Stated stated) {
        return stated.fact().qualifier() == Qualifier.DECREASE ? stated.value().negate() : stated.value();
    }

    private static String direction(BigDecimal signed) {
        return signed.signum() < 0 ? "a decrease" : "an increase";
    }
}
