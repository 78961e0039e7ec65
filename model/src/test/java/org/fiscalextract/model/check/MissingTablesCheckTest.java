package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.figures;
import static org.fiscalextract.model.check.TestFacts.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MissingTablesCheckTest {
    private static final List<String> REQUIRED = List.of("收支总表", "收入表", "支出表", "政府性基金预算支出表");
    private final MissingTablesCheck check = new MissingTablesCheck();

    private Optional<Finding> run(List<String> present, List<String> empty) {
        return only(check.check(figures(new Relation.TableSet("test", REQUIRED, present, empty))));
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
