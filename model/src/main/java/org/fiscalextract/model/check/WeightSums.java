package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fiscalextract.model.check.IndicatorTable.Item;
import org.fiscalextract.model.check.IndicatorTable.Points;
import org.fiscalextract.model.check.IndicatorTable.Section;

/**
 * {@code weight_sum} for one table: every section's weight against the weights of what it holds
 * (its items and its sub-sections), and the table's total weight against its top sections. A
 * section repeated as the table shows it again (a heading over a page break) counts once; a
 * section name used under two parents is ambiguous, as items name their section only by name, and
 * is left alone.
 */
final class WeightSums {
    private static final String NAME = IndicatorTableCheck.Rule.WEIGHT_SUM.checkName();

    private final IndicatorTable table;
    private final List<Section> sections = new ArrayList<>();
    private final Map<String, Integer> parentsByName = new LinkedHashMap<>();

    WeightSums(IndicatorTable table) {
        this.table = table;
        List<String> seen = new ArrayList<>();
        for (Section s : table.sections()) {
            String key = s.parent() + "\u0000" + s.name();
            if (!seen.contains(key)) {
                seen.add(key);
                sections.add(s);
                parentsByName.merge(s.name(), 1, Integer::sum);
            }
        }
    }

    List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (Section section : sections) {
            if (parentsByName.get(section.name()) > 1) {
                continue;
            }
            List<Part> parts = new ArrayList<>();
            for (Section child : sections) {
                if (child.parent().equals(section.name())) {
                    parts.add(new Part(child.name(), Optional.of(child.weight()), false));
                }
            }
            for (Item item : table.items()) {
                if (item.section().equals(section.name())) {
                    parts.add(new Part(item.name(), item.weight(), true));
                }
            }
            compare(section.name(), section.name() + " is given", section.weight(), parts).ifPresent(findings::add);
        }
        table.totalWeight().ifPresent(total -> {
            List<Part> parts = new ArrayList<>();
            sections.stream().filter(s -> s.parent().isEmpty())
                    .forEach(s -> parts.add(new Part(s.name(), Optional.of(s.weight()), false)));
            table.items().stream().filter(i -> i.section().isEmpty())
                    .forEach(i -> parts.add(new Part(i.name(), i.weight(), true)));
            compare(table.name(), "the table's total weight is", total, parts).ifPresent(findings::add);
        });
        return findings;
    }

    /**
     * @param whole  the name of what {@code stated} weighs, for its quote
     * @param phrase how the message introduces the stated weight: {@code 预算管理 is given}
     */
    private Optional<Finding> compare(String whole, String phrase, Points stated, List<Part> parts) {
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        List<Part> weighed = parts.stream().filter(p -> p.weight.isPresent()).toList();
        List<Part> unweighed = parts.stream().filter(p -> p.weight.isEmpty()).toList();
        BigDecimal sum = weighed.stream().map(p -> p.weight.get().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = weighed.stream().map(p -> Weights.halfUnit(p.weight.get()))
                .reduce(Weights.halfUnit(stated), BigDecimal::add);
        BigDecimal difference = stated.value().subtract(sum);
        String terms = weighed.stream().map(p -> p.name + " " + Weights.written(p.weight.get()))
                .collect(Collectors.joining(" + "));
        String prefix = table.name() + ": " + phrase + " " + Weights.written(stated) + " points, ";
        List<Quote> quotes = new ArrayList<>();
        quotes.add(Quotes.of(stated, whole));
        weighed.forEach(p -> quotes.add(Quotes.of(p.weight.get(), p.name)));
        if (!unweighed.isEmpty()) {
            boolean exceeds = difference.negate().compareTo(tolerance) > 0;
            if (!exceeds && Weights.roundsTo(stated, sum)) {
                return Optional.empty();
            }
            String missing = unweighed.size() + " of its " + parts.size() + " " + kinds(parts)
                    + (unweighed.size() == 1 ? " states" : " state") + " no weight ("
                    + unweighed.stream().map(p -> p.name).collect(Collectors.joining(", ")) + ")";
            String known = weighed.isEmpty() ? "none states one"
                    : "those stated add to " + terms + " = " + sum.toPlainString();
            if (exceeds) {
                String message = prefix + "yet " + known + ", more than that although " + missing;
                return Optional.of(finding(Severity.ERROR, message, sum, stated, difference, tolerance, quotes));
            }
            String message = prefix + "cannot decide: " + missing + "; " + known;
            return Optional.of(new Finding(NAME, Severity.INFO, message, "points", Optional.empty(),
                    Optional.of(Decimals.plain(stated.value())), Optional.empty(), Optional.empty(), quotes));
        }
        Agreement agreement = Agreement.of(Weights.roundsTo(stated, sum), difference, tolerance);
        if (agreement.severity().isEmpty()) {
            return Optional.empty();
        }
        String gap = Decimals.plain(difference.abs()).toPlainString() + " points";
        String message = prefix + "its " + kinds(parts) + " " + terms + " = " + sum.toPlainString() + ": "
                + agreement.describe(gap, tolerance.signum() == 0 ? "" : Decimals.plain(tolerance).toPlainString());
        return Optional.of(finding(agreement.severity().orElseThrow(), message, sum, stated, difference, tolerance,
                quotes));
    }

    private static Finding finding(Severity severity, String message, BigDecimal sum, Points stated,
                                   BigDecimal difference, BigDecimal tolerance, List<Quote> quotes) {
        return new Finding(NAME, severity, message, "points", Optional.of(Decimals.plain(sum)),
                Optional.of(Decimals.plain(stated.value())), Optional.of(Decimals.plain(difference)),
                Optional.of(Decimals.plain(tolerance)), quotes);
    }

    /** {@code items}, {@code sections} or, when they are both, {@code parts}. */
    private static String kinds(List<Part> parts) {
        if (parts.stream().allMatch(p -> p.item)) {
            return "items";
        }
        return parts.stream().noneMatch(p -> p.item) ? "sections" : "parts";
    }

    /** An item or sub-section that makes up part of a section's weight. */
    private record Part(String name, Optional<Points> weight, boolean item) {
    }
}
