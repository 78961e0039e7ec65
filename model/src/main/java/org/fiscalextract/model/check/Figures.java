package org.fiscalextract.model.check;

import java.util.List;
import java.util.Objects;

import org.fiscalextract.model.fact.Fact;

/**
 * What the checks look at: all the facts of a report, the relations the extractor found between
 * them, its scored indicator tables, and where and when it was published (for the grade scale).
 */
public record Figures(List<Fact> facts, List<Relation> relations, List<IndicatorTable> tables, String province,
                      String fiscalYear) {
    public Figures {
        facts = List.copyOf(facts);
        relations = List.copyOf(relations);
        tables = List.copyOf(tables);
        Objects.requireNonNull(province);
        Objects.requireNonNull(fiscalYear);
    }
}
