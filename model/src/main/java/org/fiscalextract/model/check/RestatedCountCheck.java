package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fiscalextract.model.fact.Fact;

/**
 * {@code restated_count}: one whole population counted twice with different numbers, as 003's
 * budget units: 全区85个预算单位 and, for the same year, 区级所有预算单位，82个预算单位. Counts are
 * exact, so any difference is reported; as a warning, because units can be merged or split within
 * a year and only a reader can tell which count is wrong.
 */
public final class RestatedCountCheck extends RelationCheck<Relation.WholeCounts> {
    public static final String NAME = "restated_count";

    public RestatedCountCheck() {
        super(NAME, Relation.WholeCounts.class);
    }

    @Override
    Optional<Finding> check(Relation.WholeCounts whole) {
        Map<BigDecimal, Fact> firstOfValue = new LinkedHashMap<>();
        for (Fact f : whole.counts()) {
            Optional<Stated> s = Stated.of(f).filter(x -> x.unit().equals("item"));
            if (s.isEmpty() || !Relations.decidable(f)) {
                return Optional.empty();
            }
            firstOfValue.putIfAbsent(s.get().value().stripTrailingZeros(), f);
        }
        if (firstOfValue.size() < 2) {
            return Optional.empty();
        }
        List<BigDecimal> values = new ArrayList<>(firstOfValue.keySet());
        BigDecimal first = values.get(0);
        BigDecimal other = values.get(1);
        String stated = firstOfValue.values().stream()
                .map(f -> f.text() + " (" + f.location().label() + ")")
                .collect(Collectors.joining(" and as "));
        String gap = values.size() == 2
                ? Decimals.plain(other.subtract(first).abs()).toPlainString() + " apart"
                : "from " + Decimals.plain(values.stream().min(BigDecimal::compareTo).orElseThrow()).toPlainString()
                        + " to " + Decimals.plain(values.stream().max(BigDecimal::compareTo).orElseThrow()).toPlainString();
        String message = "all " + whole.counted() + " counted as " + stated + ": " + gap;
        return Optional.of(new Finding(NAME, Severity.WARNING, message, "item", Optional.of(Decimals.plain(first)),
                Optional.of(Decimals.plain(other)), Optional.of(Decimals.plain(other.subtract(first))),
                Optional.of(BigDecimal.ZERO),
                firstOfValue.values().stream().map(Quotes::of).toList()));
    }
}
