package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.count;
import static org.fiscalextract.model.check.TestFacts.figures;
import static org.fiscalextract.model.check.TestFacts.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountPartsCheckTest {
    private final CountPartsCheck check = new CountPartsCheck();

    private Optional<Finding> run(String total, String parts, boolean exhaustive) {
        Fact t = count(total, total + "个项目").build();
        List<Fact> p = Arrays.stream(parts.trim().split("\\s+")).map(v -> count(v, v + "个项目").build()).toList();
        return only(check.check(figures(new Relation.CountParts("test", t, p, exhaustive))));
    }

    /** total | parts | exhaustive | severity or none | difference total − sum */
    @ParameterizedTest(name = "{1} of {0} (exhaustive {2}): {3}")
    @CsvSource(delimiter = '|', textBlock = """
            8  | 1 4 3  | true  | none  |
            8  | 3 3 2  | true  | none  |
            20 | 17 3   | true  | none  |
            2  | 0 0 2  | true  | none  |
            14 | 7 7    | true  | none  |
            13 | 6 7    | true  | none  |
            9  | 1 4 3  | true  | error | 1
            7  | 1 4 3  | true  | error | -1
            8  | 1 4    | false | none  |
            8  | 5 4    | false | error | -1
            8  | 4 4    | false | none  |
            """)
    void partsOfACount(String total, String parts, boolean exhaustive, String severity, String difference) {
        Optional<Finding> finding = run(total, parts, exhaustive);
        if (severity.equals("none")) {
            assertTrue(finding.isEmpty(), () -> "unexpected " + finding.get().message());
            return;
        }
        Finding f = finding.orElseThrow();
        assertEquals(severity, f.severity().label(), f.message());
        assertEquals(0, new BigDecimal(difference).compareTo(f.difference().orElseThrow()));
        assertEquals(0, f.tolerance().orElseThrow().signum(), "counts are exact");
        assertEquals("item", f.unit());
    }

    @Test
    void theMessageShowsTheCountsAsWritten() {
        Fact total = count("8", "8个重点项目").id("f1").build();
        List<Fact> parts = List.of(count("1", "1个项目").id("f3").build(), count("4", "4个项目").id("f5").build(),
                count("3", "3个项目").id("f7").build());
        assertTrue(check.check(figures(new Relation.CountParts("prose.其中", total, parts, true))).isEmpty());
        Fact nine = count("9", "9个重点项目").id("f1").build();
        Finding f = check.check(figures(new Relation.CountParts("prose.其中", nine, parts, true))).get(0);
        assertEquals("count_parts", f.check());
        assertEquals("parts 1个项目 + 4个项目 + 3个项目 = 8, the total states 9个重点项目: 1 apart (exact figures)",
                f.message());
        assertEquals(List.of("f1", "f3", "f5", "f7"), f.factIds());
    }

    @Test
    void partsBeyondAPartialCountSaySo() {
        assertEquals("parts 5个项目 + 4个项目 = 9, the total states 8个项目: the parts exceed it by 1 (exact figures)",
                run("8", "5 4", false).orElseThrow().message());
    }

    @Test
    void anApproximateCountDecidesNothing() {
        Fact total = count("20", "20余项").qualifier(Qualifier.APPROX).build();
        List<Fact> parts = List.of(count("17", "17个项目").build(), count("9", "9个项目").build());
        assertTrue(check.check(figures(new Relation.CountParts("test", total, parts, true))).isEmpty());
    }
}
