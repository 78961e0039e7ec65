package org.fiscalextract.model.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;

/**
 * Which related facts a check can reason about. A figure stated as approximate, as a bound or as
 * one end of a range (约, 以上, 不超过, 至) makes no exact claim, so relations that contain one are
 * left alone; an increase or decrease is a stated change and can be checked like a value.
 */
final class Relations {
    private static final Set<Qualifier> DECIDABLE = Set.of(Qualifier.EXACT, Qualifier.INCREASE, Qualifier.DECREASE);

    private Relations() {
    }

    static <T extends Relation> List<T> of(Figures figures, Class<T> kind) {
        List<T> found = new ArrayList<>();
        for (Relation r : figures.relations()) {
            if (kind.isInstance(r)) {
                found.add(kind.cast(r));
            }
        }
        return found;
    }

    /** Whether the fact states a value or a change exactly. */
    static boolean decidable(Fact fact) {
        return DECIDABLE.contains(fact.qualifier());
    }

    /**
     * The facts' numbers when all of them are exact, of one qualifier, and in {@code unit}
     * (yuan, item, …); otherwise empty.
     */
    static Optional<List<Stated>> alike(List<Fact> facts, String unit) {
        List<Stated> stated = new ArrayList<>();
        for (Fact f : facts) {
            if (!decidable(f) || f.qualifier() != facts.get(0).qualifier()) {
                return Optional.empty();
            }
            Optional<Stated> s = Stated.of(f);
            if (s.isEmpty() || !s.get().unit().equals(unit)) {
                return Optional.empty();
            }
            stated.add(s.get());
        }
        return Optional.of(stated);
    }
}
