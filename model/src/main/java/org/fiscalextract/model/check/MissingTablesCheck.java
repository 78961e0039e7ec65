package org.fiscalextract.model.check;

import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.document.TableInventory;
import org.fiscalextract.model.document.TableInventory.Status;

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
        TableInventory tables = set.inventory();
        int missing = tables.with(Status.MISSING).size();
        if (missing == 0 || tables.with(Status.PRESENT).isEmpty()) {
            return Optional.empty();
        }
        String empty = tables.names(Status.DECLARED_EMPTY);
        String message = missing + " of the " + tables.entries().size() + " standard tables neither present "
                + "nor declared empty: " + tables.names(Status.MISSING) + " (present: " + tables.names(Status.PRESENT)
                + (empty.isEmpty() ? "" : "; declared empty: " + empty) + ")";
        return Optional.of(new Finding(NAME, Severity.WARNING, message, "item", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of()));
    }
}
