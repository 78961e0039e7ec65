package org.fiscalextract.model.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code missing_tables}: a budget or final account that holds some of the standard tables
 * should hold them all, or say why one is empty (本部门无政府性基金预算). A warning: a table may be
 * published in another file.
 */
public final class MissingTablesCheck extends RelationCheck<Relation.TableSet> {
    public static final String NAME = "missing_tables";

    public MissingTablesCheck() {
        super(NAME, Relation.TableSet.class);
    }

    @Override
    Optional<Finding> check(Relation.TableSet set) {
        List<String> missing = new ArrayList<>(set.required());
        missing.removeAll(set.present());
        missing.removeAll(set.declaredEmpty());
        if (missing.isEmpty() || set.present().isEmpty()) {
            return Optional.empty();
        }
        String message = missing.size() + " of the " + set.required().size() + " standard tables neither present "
                + "nor declared empty: " + String.join("、", missing) + " (present: " + String.join("、", set.present())
                + (set.declaredEmpty().isEmpty() ? "" : "; declared empty: " + String.join("、", set.declaredEmpty()))
                + ")";
        return Optional.of(new Finding(NAME, Severity.WARNING, message, "item", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of()));
    }
}
