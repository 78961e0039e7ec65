package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.figures;
import static org.fiscalextract.model.check.TestFacts.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.document.TableInventory;
import org.fiscalextract.model.document.TableInventory.Status;
import org.junit.jupiter.api.Test;

class MissingTablesCheckTest {
    private static final List<String> REQUIRED = List.of("收支总表", "收入表", "支出表", "政府性基金预算支出表");
    private final MissingTablesCheck check = new MissingTablesCheck();

    private Optional<Finding> run(List<String> present, List<String> empty) {
        List<TableInventory.Entry> entries = new ArrayList<>();
        for (String name : REQUIRED) {
            Status status = present.contains(name) ? Status.PRESENT
                    : empty.contains(name) ? Status.DECLARED_EMPTY : Status.MISSING;
            entries.add(new TableInventory.Entry("k" + entries.size(), name, status,
                    status == Status.PRESENT ? entries.size() + 1 : 0));
        }
        return only(check.check(figures(new Relation.TableSet("test", new TableInventory(entries)))));
    }

    @Test
    void allPresentOrDeclaredEmptyHold() {
        assertTrue(run(REQUIRED, List.of()).isEmpty());
        assertTrue(run(List.of("收支总表", "收入表", "支出表"), List.of("政府性基金预算支出表")).isEmpty());
    }

    @Test
    void aDocumentWithoutStandardTablesIsNotJudged() {
        assertTrue(run(List.of(), List.of()).isEmpty());
    }

    @Test
    void aMissingTableIsAWarningNamingIt() {
        Finding f = run(List.of("收支总表", "支出表"), List.of("政府性基金预算支出表")).orElseThrow();
        assertEquals("missing_tables", f.check());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("1 of the 4 standard tables neither present nor declared empty: 收入表 (present: 收支总表、支出表; "
                + "declared empty: 政府性基金预算支出表)", f.message());
    }
}
