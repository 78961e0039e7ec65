package org.fiscalextract.model.check;

import java.util.Optional;

/**
 * {@code count_parts}: the parts of a count against the count (8个项目，其中1个优、4个良、3个中;
 * 17个项目全额支付、3个项目部分支付 of 20). Counts are exact: any difference is an error, except
 * parts short of a count they need not make up.
 */
public final class CountPartsCheck extends RelationCheck<Relation.CountParts> {
    public static final String NAME = "count_parts";

    public CountPartsCheck() {
        super(NAME, Relation.CountParts.class);
    }

    @Override
    Optional<Finding> check(Relation.CountParts counts) {
        return PartsSum.compare(NAME, counts.total(), counts.parts(), counts.exhaustive(), "item");
    }
}
