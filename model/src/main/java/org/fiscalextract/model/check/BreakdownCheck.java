package org.fiscalextract.model.check;

import java.util.Optional;

/**
 * {@code breakdown_sum}: the parts of an amount against its total (其中, 包括, 合计 rows,
 * 基本支出 + 项目支出 = 支出合计). Parts exceeding the total are an error; parts short of it only when
 * the breakdown is exhaustive, since a 其中 may list only some parts. Tolerance: the half-units of
 * every part and of the total.
 */
public final class BreakdownCheck extends RelationCheck<Relation.Breakdown> {
    public static final String NAME = "breakdown_sum";

    public BreakdownCheck() {
        super(NAME, Relation.Breakdown.class);
    }

    @Override
    Optional<Finding> check(Relation.Breakdown breakdown) {
        return PartsSum.compare(NAME, breakdown.total(), breakdown.parts(), breakdown.exhaustive(), "yuan");
    }
}
