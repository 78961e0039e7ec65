package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fiscalextract.model.check.IndicatorTable.Item;
import org.fiscalextract.model.check.IndicatorTable.Points;
import org.fiscalextract.model.fact.Fact;

/**
 * The arithmetic of a scored indicator table, one {@link Rule} per instance so each finding names
 * the rule it breaks:
 * <ul>
 * <li>{@code score_table_sum}: the item scores add to the stated total score;</li>
 * <li>{@code score_above_weight}: no item scores more than its weight;</li>
 * <li>{@code weight_sum}: the weights of a section's items (and sub-sections) add to the section's
 *     weight, and the top sections to the table's total weight.</li>
 * </ul>
 * Scores are written to their last digit and carry its half-unit, like any figure. Weights are
 * allocated, not measured: a whole-number weight is exact, one written with decimals (33.3) may be
 * a rounded fraction and carries its half-unit. Where a needed weight or score is missing the
 * check cannot decide and says so as info, unless the figures that are there already exceed the
 * total.
 */
public final class IndicatorTableCheck implements Check {

    /** What the instance checks; each is its own check name in findings. */
    public enum Rule {
        SCORE_SUM("score_table_sum"),
        SCORE_ABOVE_WEIGHT("score_above_weight"),
        WEIGHT_SUM("weight_sum");

        private final String checkName;

        Rule(String checkName) {
            this.checkName = checkName;
        }

        public String checkName() {
            return checkName;
        }
    }

    private final Rule rule;

    public IndicatorTableCheck(Rule rule) {
        this.rule = Objects.requireNonNull(rule);
    }

    /** One check per rule. */
    public static List<Check> all() {
        List<Check> checks = new ArrayList<>();
        for (Rule r : Rule.values()) {
            checks.add(new IndicatorTableCheck(r));
        }
        return List.copyOf(checks);
    }

    @Override
    public String name() {
        return rule.checkName();
    }

    @Override
    public List<Finding> check(Figures figures) {
        List<Finding> findings = new ArrayList<>();
        for (IndicatorTable table : figures.tables()) {
            switch (rule) {
                case SCORE_SUM:
                    scoreSum(table).ifPresent(findings::add);
                    break;
                case SCORE_ABOVE_WEIGHT:
                    findings.addAll(scoresAboveWeight(table));
                    break;
                default:
                    findings.addAll(new WeightSums(table).findings());
                    break;
            }
        }
        return findings;
    }

    private Optional<Finding> scoreSum(IndicatorTable table) {
        Optional<Stated> total = table.totalScore().flatMap(IndicatorTableCheck::score);
        List<Stated> scores = new ArrayList<>();
        List<String> unscored = new ArrayList<>();
        for (Item item : table.items()) {
            Optional<Stated> score = item.score().flatMap(IndicatorTableCheck::score);
            if (score.isPresent()) {
                scores.add(score.get());
            } else if (item.weight().isPresent()) {
                unscored.add(item.name());
            }
        }
        if (total.isEmpty() || scores.isEmpty()) {
            return Optional.empty();
        }
        Stated t = total.get();
        BigDecimal sum = scores.stream().map(Stated::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal difference = t.value().subtract(sum);
        List<Stated> all = new ArrayList<>(scores);
        all.add(t);
        BigDecimal tolerance = Tolerance.ofSum(all);
        Agreement agreement = Tolerance.judge(t, sum, tolerance);
        if (agreement.severity().isEmpty()) {
            return Optional.empty();
        }
        String terms = scores.stream().map(Stated::shown).collect(Collectors.joining(" + "));
        List<Quote> quotes = new ArrayList<>();
        quotes.add(Quotes.of(t.fact()));
        scores.forEach(s -> quotes.add(Quotes.of(s.fact())));
        String arithmetic = "item scores " + terms + " = " + t.write(sum) + ", the total score states " + t.shown();
        if (!unscored.isEmpty()) {
            String message = table.name() + ": cannot decide: " + unscored.size() + " weighted item"
                    + (unscored.size() == 1 ? " states" : "s state") + " no score (" + String.join(", ", unscored)
                    + "); " + arithmetic;
            return Optional.of(new Finding(name(), Severity.INFO, message, "points", Optional.empty(),
                    Optional.of(Decimals.plain(t.value())), Optional.empty(), Optional.empty(), quotes));
        }
        String message = table.name() + ": " + arithmetic + ": "
                + agreement.describe(t.write(difference.abs()) + " points", t.write(tolerance));
        return Optional.of(new Finding(name(), agreement.severity().orElseThrow(), message, "points",
                Optional.of(Decimals.plain(sum)), Optional.of(Decimals.plain(t.value())),
                Optional.of(Decimals.plain(difference)), Optional.of(Decimals.plain(tolerance)), quotes));
    }

    private List<Finding> scoresAboveWeight(IndicatorTable table) {
        List<Finding> findings = new ArrayList<>();
        for (Item item : table.items()) {
            Optional<Stated> score = item.score().flatMap(IndicatorTableCheck::score);
            if (score.isEmpty() || item.weight().isEmpty()) {
                continue;
            }
            Stated s = score.get();
            Points weight = item.weight().get();
            BigDecimal excess = s.value().subtract(weight.value());
            if (excess.signum() <= 0) {
                continue;
            }
            BigDecimal tolerance = s.halfUnit().add(Weights.halfUnit(weight));
            Agreement agreement = Agreement.of(false, excess, tolerance);
            String message = table.name() + ": " + item.name() + " scores " + s.shown() + " against a weight of "
                    + Weights.written(weight) + ": "
                    + s.write(excess) + " above it, " + agreement.rounding(s.write(tolerance));
            findings.add(new Finding(name(), agreement.severity().orElseThrow(), message, "points",
                    Optional.of(Decimals.plain(weight.value())), Optional.of(Decimals.plain(s.value())),
                    Optional.of(Decimals.plain(excess)), Optional.of(Decimals.plain(tolerance)),
                    List.of(Quotes.of(s.fact()), Quotes.of(weight, item.name()))));
        }
        return findings;
    }

    /** A cell's score, when it states one exactly. */
    private static Optional<Stated> score(Fact fact) {
        return Stated.of(fact).filter(s -> s.unit().equals("points") && Relations.decidable(fact));
    }
}
