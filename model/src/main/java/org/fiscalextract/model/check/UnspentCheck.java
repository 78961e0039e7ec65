package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code rate_vs_unspent}: an execution rate caps what can be left unspent of its budget. 000
 * states 预算执行率95.24% of 1471.75万元, which leaves at most about 70万元 unspent, and then
 * names a project of 170万元 that was not paid at all. Reported (as an error) only when even
 * the least the named parts can leave unspent, given their rounding, exceeds the most the rate
 * allows; the rate leaving room for more is no finding, since the text need not name every part.
 */
public final class UnspentCheck extends RelationCheck<Relation.Unspent> {
    public static final String NAME = "rate_vs_unspent";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public UnspentCheck() {
        super(NAME, Relation.Unspent.class);
    }

    @Override
    Optional<Finding> check(Relation.Unspent unspent) {
        Optional<Stated> rate = Stated.of(unspent.rate()).filter(s -> s.unit().equals("percent"));
        Optional<Stated> budget = Stated.of(unspent.budget()).filter(s -> s.unit().equals("yuan"));
        if (rate.isEmpty() || budget.isEmpty() || unspent.parts().isEmpty() || !Relations.decidable(unspent.rate())
                || !Relations.decidable(unspent.budget())) {
            return Optional.empty();
        }
        BigDecimal allowed = fraction(HUNDRED.subtract(rate.get().value())).multiply(budget.get().value());
        BigDecimal mostAllowed = fraction(HUNDRED.subtract(rate.get().value()).add(rate.get().halfUnit()))
                .multiply(budget.get().value().add(budget.get().halfUnit()));
        BigDecimal named = BigDecimal.ZERO;
        BigDecimal leastNamed = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>(List.of(Quotes.of(unspent.rate()), Quotes.of(unspent.budget())));
        for (Relation.UnspentPart part : unspent.parts()) {
            Optional<Stated> b = Stated.of(part.budget()).filter(s -> s.unit().equals("yuan"));
            Optional<Stated> s = part.spent().flatMap(Stated::of).filter(x -> x.unit().equals("yuan"));
            if (b.isEmpty() || part.spent().isPresent() && s.isEmpty() || !Relations.decidable(part.budget())) {
                return Optional.empty();
            }
            BigDecimal spent = s.map(Stated::value).orElse(BigDecimal.ZERO);
            BigDecimal spentHigh = s.map(x -> x.value().add(x.halfUnit())).orElse(BigDecimal.ZERO);
            named = named.add(b.get().value().subtract(spent));
            leastNamed = leastNamed.add(b.get().value().subtract(b.get().halfUnit()).subtract(spentHigh).max(BigDecimal.ZERO));
            String subject = part.budget().subject().isEmpty() ? "" : part.budget().subject() + " ";
            terms.add(subject + b.get().shown() + s.map(x -> " − " + x.shown() + " spent").orElse(" (none spent)"));
            quotes.add(Quotes.of(part.budget()));
            part.spent().ifPresent(f -> quotes.add(Quotes.of(f)));
        }
        if (leastNamed.compareTo(mostAllowed) <= 0) {
            return Optional.empty();
        }
        BigDecimal difference = named.subtract(allowed);
        BigDecimal tolerance = mostAllowed.subtract(allowed).add(named.subtract(leastNamed));
        Stated b = budget.get();
        String message = rate.get().named() + " of " + b.named() + " leaves " + b.write(allowed, 2)
                + " unspent, but the text names " + b.write(named, 2) + " unspent: " + String.join(" + ", terms)
                + ": " + b.writeGap(difference, 2) + " more, beyond rounding (±" + b.writeGap(tolerance, 3) + ")";
        return Optional.of(new Finding(NAME, Severity.ERROR, message, "yuan", Optional.of(Decimals.plain(allowed)),
                Optional.of(Decimals.plain(named)), Optional.of(Decimals.plain(difference)),
                Optional.of(Decimals.plain(tolerance)), quotes));
    }

    private static BigDecimal fraction(BigDecimal percent) {
        return percent.divide(HUNDRED, MathContext.DECIMAL64);
    }
}
