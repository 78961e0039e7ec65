package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fiscalextract.model.fact.Fact;

/**
 * A total against the sum of its parts, the arithmetic {@link BreakdownCheck} and
 * {@link CountPartsCheck} share. Parts exceeding the total are always reported; parts short of
 * it only when they are meant to make it up ({@code exhaustive}), as a 其中 may name only some.
 */
final class PartsSum {
    private PartsSum() {
    }

    /** The facts of a total and its parts, when all are exact and in {@code unit}; else no finding. */
    static Optional<Finding> compare(String check, Fact total, List<Fact> parts, boolean exhaustive, String unit) {
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(total);
        facts.addAll(parts);
        return Relations.alike(facts, unit).flatMap(stated ->
                compare(check, stated.get(0), stated.subList(1, stated.size()), exhaustive));
    }

    static Optional<Finding> compare(String check, Stated total, List<Stated> parts, boolean exhaustive) {
        BigDecimal sum = parts.stream().map(Stated::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal difference = total.value().subtract(sum);
        if (!exhaustive && difference.signum() >= 0) {
            return Optional.empty();
        }
        List<Stated> all = new ArrayList<>(parts);
        all.add(total);
        BigDecimal tolerance = Tolerance.ofSum(all);
        Agreement agreement = Tolerance.judge(total, sum, tolerance);
        if (agreement.severity().isEmpty()) {
            return Optional.empty();
        }
        String terms = parts.stream().map(Stated::named).collect(Collectors.joining(" + "));
        String totalName = total.fact().label().isEmpty() ? "the total" : "the total " + total.fact().label();
        String gap = total.write(difference.abs());
        String tolerated = total.exact() ? "" : total.write(tolerance);
        String rounding = tolerated.isEmpty() ? " (exact figures)" : ", " + agreement.rounding(tolerated);
        String end = exhaustive ? agreement.describe(gap, tolerated) : "the parts exceed it by " + gap + rounding;
        String message = "parts " + terms + " = " + total.write(sum) + ", " + totalName + " states " + total.shown()
                + ": " + end;
        List<Quote> quotes = new ArrayList<>();
        quotes.add(Quotes.of(total.fact()));
        parts.forEach(p -> quotes.add(Quotes.of(p.fact())));
        return Optional.of(new Finding(check, agreement.severity().orElseThrow(), message, total.unit(),
                Optional.of(Decimals.plain(sum)), Optional.of(Decimals.plain(total.value())),
                Optional.of(Decimals.plain(difference)), Optional.of(Decimals.plain(tolerance)), quotes));
    }
}
