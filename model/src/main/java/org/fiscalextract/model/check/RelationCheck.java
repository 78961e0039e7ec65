package org.fiscalextract.model.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A check that looks at one kind of relation at a time, each giving at most one finding, in the
 * order the extractor found them.
 */
abstract class RelationCheck<R extends Relation> implements Check {
    private final String name;
    private final Class<R> kind;

    RelationCheck(String name, Class<R> kind) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<Finding> check(Figures figures) {
        List<Finding> findings = new ArrayList<>();
        for (R relation : Relations.of(figures, kind)) {
            check(relation).ifPresent(findings::add);
        }
        return findings;
    }

    /** What does not hold in one relation, if anything. */
    abstract Optional<Finding> check(R relation);
}
