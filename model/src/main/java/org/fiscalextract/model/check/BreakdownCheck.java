package org.fiscalextract.model.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.fact.Fact;

/**
 * {@code breakdown_sum}: the parts of an amount against its total (其中, 包括, 合计 rows,
 * 基本支出 + 项目支出 = 支出合计). Parts exceeding the total are an error; parts short of it only when
 * the breakdown is exhaustive, since a 其中 may list only some parts. Tolerance: the half-units of
 * every part and of the total.
 */
public final class BreakdownCheck implements Check {
    public static final String NAME = "breakdown_sum";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> check(Figures figures) {
        List<Finding> findings = new ArrayList<>();
        for (Relation.Breakdown b : Relations.of(figures, Relation.Breakdown.class)) {
            check(b).ifPresent(findings::add);
        }
        return findings;
    }

    Optional<Finding> check(Relation.Breakdown breakdown) {
        if (breakdown.parts().isEmpty()) {
            return Optional.empty();
        }
        List<Fact> facts = new ArrayList<>();
        facts.add(breakdown.total());
        facts.addAll(breakdown.parts());
        return Relations.alike(facts, "yuan").flatMap(stated ->
                PartsSum.compare(NAME, stated.get(0), stated.subList(1, stated.size()), breakdown.exhaustive()));
    }
}
