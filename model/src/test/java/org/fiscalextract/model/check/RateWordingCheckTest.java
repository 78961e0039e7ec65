package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.figures;
import static org.fiscalextract.model.check.TestFacts.only;
import static org.fiscalextract.model.check.TestFacts.rate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.check.Relation.Comparison;
import org.fiscalextract.model.fact.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RateWordingCheckTest {
    private final RateWordingCheck check = new RateWordingCheck();

    private Optional<Finding> run(String rate, Comparison comparison, String words) {
        return only(check.check(figures(new Relation.RateWording("test",
                rate(rate).label("完成预算").id("f1").at("p57").build(), comparison, words))));
    }

    @ParameterizedTest(name = "{0}% {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # rate | words say | finding (none, warning, error)
            100    | EQUAL | none
            100.00 | EQUAL | none
            99.6   | BELOW | none
            0      | BELOW | none
            120.5  | ABOVE | none
            100    | BELOW | warning
            100    | ABOVE | warning
            99.6   | EQUAL | error
            99.99  | EQUAL | error
            100.5  | EQUAL | error
            101    | BELOW | error
            100.1  | BELOW | error
            99     | ABOVE | error
            99.96  | ABOVE | error
            """)
    void rateAgainstWords(String rate, Comparison comparison, String expected) {
        Optional<Finding> f = run(rate, comparison, "决算数与预算数相比");
        assertEquals(expected, f.map(x -> x.severity().label()).orElse("none"));
    }

    @Test
    void roundingAtTheEdgeDecides() {
        // 99.5% written to the whole percent reaches 100% only at its edge, which rounds away from 99.5
        assertTrue(run("99.5", Comparison.EQUAL, "决算数等于预算数").isPresent(), "99.5% ±0.05 never reaches 100%");
        assertTrue(run("100", Comparison.EQUAL, "决算数等于预算数").isEmpty());
        // 100.0% allows 99.95..100.05: below the budget is possible within rounding, but only there
        assertEquals(Severity.WARNING, run("100.0", Comparison.BELOW, "决算数小于预算数").orElseThrow().severity());
    }

    @Test
    void theThreePublicCostsOfSeed004AreAWarning() {
        Finding f = run("100", Comparison.BELOW, "决算数小于预算数").orElseThrow();
        assertEquals("rate_vs_wording", f.check());
        assertEquals("完成预算 100% stated, but the sentence says 决算数小于预算数 (the outturn below the budget): both hold "
                + "only if the rate was rounded to 100% from between 99.5% and 100%; the amounts should be checked",
                f.message());
        assertEquals(new BigDecimal("100"), f.expected().orElseThrow());
        assertEquals(new BigDecimal("0"), f.difference().orElseThrow());
        assertEquals(new BigDecimal("0.5"), f.tolerance().orElseThrow());
        assertEquals(List.of("f1"), f.factIds());
        assertEquals("决算数小于预算数", f.quotes().get(1).text());
        assertEquals("p57", f.quotes().get(1).location());
    }

    @Test
    void aRateBeyondRoundingIsAnErrorWithTheGap() {
        Finding f = run("96.3", Comparison.EQUAL, "决算数等于预算数").orElseThrow();
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("完成预算 96.3% stated, but the sentence says 决算数等于预算数 (the outturn equal to the budget), "
                + "which needs a rate of 100%: 3.7 percentage points from 100%, beyond rounding (±0.05 percentage "
                + "points)", f.message());
        assertEquals(new BigDecimal("-3.7"), f.difference().orElseThrow());
    }

    @Test
    void anApproximateOrBoundRateDecidesNothing() {
        assertTrue(check.check(figures(new Relation.RateWording("test",
                rate("95").qualifier(Qualifier.AT_LEAST).build(), Comparison.EQUAL, "决算数等于预算数"))).isEmpty());
        assertTrue(check.check(figures(new Relation.RateWording("test",
                rate("95").qualifier(Qualifier.APPROX).build(), Comparison.EQUAL, "决算数等于预算数"))).isEmpty());
    }
}
