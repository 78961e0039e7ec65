package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.count;
import static org.fiscalextract.model.check.TestFacts.figures;
import static org.fiscalextract.model.check.TestFacts.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.fiscalextract.model.fact.Qualifier;
import org.junit.jupiter.api.Test;

class RestatedCountCheckTest {
    private final RestatedCountCheck check = new RestatedCountCheck();

    @Test
    void theSameCountTwiceHolds() {
        assertTrue(check.check(figures(new Relation.WholeCounts("test", "预算单位", List.of(
                count("85", "85个预算单位").at("p6").build(), count("85", "85个预算单位").at("p9").build()))))
                .isEmpty());
    }

    @Test
    void seed003BudgetUnitsDiffer() {
        Finding f = only(check.check(figures(new Relation.WholeCounts("prose.whole_population", "预算单位", List.of(
                count("85", "85个预算单位").id("f7").at("p6").build(),
                count("85", "85个预算单位").id("f9").at("p8").build(),
                count("82", "82个预算单位").id("f15").at("p23").build()))))).orElseThrow();
        assertEquals("restated_count", f.check());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("all 预算单位 counted as 85个预算单位 (p6) and as 82个预算单位 (p23): 3 apart", f.message());
        assertEquals(new BigDecimal("85"), f.expected().orElseThrow());
        assertEquals(new BigDecimal("82"), f.actual().orElseThrow());
        assertEquals(new BigDecimal("-3"), f.difference().orElseThrow());
        assertEquals(List.of("f7", "f15"), f.factIds());
    }

    @Test
    void threeValuesAreOneFindingNamingAll() {
        Finding f = only(check.check(figures(new Relation.WholeCounts("test", "乡镇", List.of(
                count("12", "12个乡镇").at("p1").build(), count("13", "13个乡镇").at("p2").build(),
                count("11", "11个乡镇").at("p3").build()))))).orElseThrow();
        assertEquals("all 乡镇 counted as 12个乡镇 (p1) and as 13个乡镇 (p2) and as 11个乡镇 (p3): from 11 to 13", f.message());
        assertEquals(3, f.quotes().size());
    }

    @Test
    void anApproximateCountDecidesNothing() {
        assertTrue(check.check(figures(new Relation.WholeCounts("test", "预算单位", List.of(
                count("85", "85个预算单位").build(),
                count("80", "80余个预算单位").qualifier(Qualifier.APPROX).build())))).isEmpty());
    }
}
