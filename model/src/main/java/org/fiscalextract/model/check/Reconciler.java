package org.fiscalextract.model.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fiscalextract.model.fact.Fact;

/**
 * Runs checks over a report's figures and returns their findings in a stable order: by where the
 * first fact a finding quotes stands in the document, then by check name, then in the order the
 * check reported them. Findings that quote no fact (a table's weights) come last.
 */
public final class Reconciler {
    private final List<Check> checks;

    public Reconciler(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** Every check this project has, grading scores on {@code scales}. */
    public static Reconciler standard(GradeScales scales) {
        return new Reconciler(standardChecks(scales));
    }

    /** Every check this project has, with the grade scales it ships. */
    public static Reconciler standard() {
        return standard(GradeScales.standard());
    }

    /** The standard checks, in the order they run. */
    public static List<Check> standardChecks(GradeScales scales) {
        Objects.requireNonNull(scales);
        List<Check> checks = new ArrayList<>();
        checks.add(new BreakdownCheck());
        checks.add(new CountPartsCheck());
        checks.add(new RatioCheck());
        checks.add(new RateWordingCheck());
        checks.add(new UnspentCheck());
        checks.add(new SharesCheck());
        checks.add(new ChangeCheck());
        checks.add(new GradeScoreCheck(scales));
        checks.addAll(IndicatorTableCheck.all());
        checks.add(new RestatementCheck());
        checks.add(new RestatedCountCheck());
        checks.add(new ProseTableCheck());
        checks.add(new MissingTablesCheck());
        checks.add(new ListedItemsCheck());
        return List.copyOf(checks);
    }

    public List<Check> checks() {
        return checks;
    }

    public List<Finding> reconcile(Figures figures) {
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            findings.addAll(check.check(figures));
        }
        Map<String, Integer> positions = new HashMap<>();
        for (Fact f : figures.facts()) {
            positions.putIfAbsent(f.factId(), f.start());
        }
        findings.sort(Comparator.comparingInt((Finding f) -> firstPosition(f, positions))
                .thenComparing(Finding::check));
        return List.copyOf(findings);
    }

    /** Where the earliest fact the finding quotes starts; past every fact when it quotes none. */
    private static int firstPosition(Finding finding, Map<String, Integer> positions) {
        int first = Integer.MAX_VALUE;
        for (Quote q : finding.quotes()) {
            Integer at = positions.get(q.factId());
            if (at != null) {
                first = Math.min(first, at);
            }
        }
        return first;
    }
}
