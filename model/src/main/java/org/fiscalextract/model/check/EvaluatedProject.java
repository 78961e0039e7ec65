package org.fiscalextract.model.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.fiscalextract.model.fact.Fact;

/**
 * A project or fund the report evaluates, with what it states about it: a row of projects.csv.
 * Each figure is the fact it was read from, so every value traces to its quote.
 */
public record EvaluatedProject(String name, Optional<Fact> funds, Optional<Fact> budgetInitial,
                               Optional<Fact> budgetAdjusted, Optional<Fact> executed,
                               Optional<Fact> executionRate, Optional<Fact> score, Optional<Fact> grade,
                               String evaluator) {
    public EvaluatedProject {
        Objects.requireNonNull(name);
        Objects.requireNonNull(funds);
        Objects.requireNonNull(budgetInitial);
        Objects.requireNonNull(budgetAdjusted);
        Objects.requireNonNull(executed);
        Objects.requireNonNull(executionRate);
        Objects.requireNonNull(score);
        Objects.requireNonNull(grade);
        Objects.requireNonNull(evaluator);
    }

    /** The ids of the facts this row was read from, in column order. */
    public List<String> factIds() {
        return java.util.stream.Stream.of(funds, budgetInitial, budgetAdjusted, executed, executionRate, score, grade)
                .flatMap(Optional::stream).map(Fact::factId).toList();
    }
}
