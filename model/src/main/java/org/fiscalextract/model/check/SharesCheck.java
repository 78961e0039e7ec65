package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code shares_sum}: the shares of one whole (占80.57%、8.79%、4.49%、6.15%) add to 100% when they
 * are all of its parts ({@code exhaustive}); shares of only some parts may not exceed 100%.
 * Tolerance: the half-units of the shares (100% itself is exact).
 */
public final class SharesCheck extends RelationCheck<Relation.Shares> {
    public static final String NAME = "shares_sum";

    private static final BigDecimal WHOLE = BigDecimal.valueOf(100);

    public SharesCheck() {
        super(NAME, Relation.Shares.class);
    }

    @Override
    Optional<Finding> check(Relation.Shares shares) {
        if (shares.shares().size() < 2) {
            return Optional.empty();
        }
        return Relations.alike(shares.shares(), "percent").flatMap(stated -> compare(stated, shares.exhaustive()));
    }

    private static Optional<Finding> compare(List<Stated> shares, boolean exhaustive) {
        BigDecimal sum = shares.stream().map(Stated::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal difference = sum.subtract(WHOLE);
        if (!exhaustive && difference.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal tolerance = Tolerance.ofSum(shares);
        Agreement agreement = Agreement.of(difference.signum() == 0, difference, tolerance);
        if (agreement.severity().isEmpty()) {
            return Optional.empty();
        }
        Stated first = shares.get(0);
        String terms = shares.stream().map(Stated::named).collect(Collectors.joining(" + "));
        String gap = first.writeGap(difference.abs(), Stated.IN_FULL);
        String end = exhaustive
                ? "not 100%: " + agreement.describe(gap, first.writeGap(tolerance, Stated.IN_FULL))
                : "more than 100%: " + agreement.describe(gap, first.writeGap(tolerance, Stated.IN_FULL));
        String message = "shares " + terms + " = " + first.write(sum) + ", " + end;
        List<Quote> quotes = shares.stream().map(s -> Quotes.of(s.fact())).toList();
        return Optional.of(new Finding(NAME, agreement.severity().orElseThrow(), message, "percent",
                Optional.of(WHOLE), Optional.of(Decimals.plain(sum)), Optional.of(Decimals.plain(difference)),
                Optional.of(Decimals.plain(tolerance)), quotes));
    }
}
