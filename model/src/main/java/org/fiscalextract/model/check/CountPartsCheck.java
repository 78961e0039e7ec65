package org.fiscalextract.model.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.fact.Fact;

/**
 * {@code count_parts}: the parts of a count against the count (8个项目，其中1个优、4个良、3个中;
 * 17个项目全额支付、3个项目部分支付 of 20). Counts are exact: any difference is an error, except
 * parts short of a count they need not make up.
 */
public final class CountPartsCheck implements Check {
    public static final String NAME = "count_parts";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> check(Figures figures) {
        List<Finding> findings = new ArrayList<>();
        for (Relation.CountParts c : Relations.of(figures, Relation.CountParts.class)) {
            check(c).ifPresent(findings::add);
        }
        return findings;
    }

    Optional<Finding> check(Relation.CountParts counts) {
        if (counts.parts().isEmpty()) {
            return Optional.empty();
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(counts.total());
        facts.addAll(counts.parts());
        return Relations.alike(facts, "item").flatMap(stated ->
                PartsSum.compare(NAME, stated.get(0), stated.subList(1, stated.size()), counts.exhaustive()));
    }
}
