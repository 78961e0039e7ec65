package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.figures;
import static org.fiscalextract.model.check.TestFacts.only;
import static org.fiscalextract.model.check.TestFacts.rate;
import static org.fiscalextract.model.check.TestFacts.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnspentCheckTest {
    private final UnspentCheck check = new UnspentCheck();

    private static Relation.UnspentPart unpaid(String budget, String subject) {
        return new Relation.UnspentPart(wan(budget).label("预算").subject(subject).build(), Optional.empty());
    }

    private static Relation.UnspentPart partly(String budget, String spent, String subject) {
        return new Relation.UnspentPart(wan(budget).label("预算").subject(subject).build(),
                Optional.of(wan(spent).label("支付").subject(subject).build()));
    }

    private Optional<Finding> run(String rate, String budget, Relation.UnspentPart... parts) {
        Fact r = rate(rate).label("预算执行率").id("f6").at("p5").build();
        Fact b = wan(budget).label("项目资金预算总额").id("f5").at("p5").build();
        return only(check.check(figures(new Relation.Unspent("test", r, b, List.of(parts)))));
    }

    @Test
    void seed000CannotHaveLeft170WanUnpaidAt95Percent() {
        Finding f = run("95.24", "1471.75", unpaid("170", "“十五五”规划专项经费"),
                partly("10.43", "8.30", "2024年价格监测经费")).orElseThrow();
        assertEquals("rate_vs_unspent", f.check());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("预算执行率 95.24% of 项目资金预算总额 1471.75万元 leaves 70.0553万元 unspent, but the text names "
                + "172.13万元 unspent: “十五五”规划专项经费 170万元 (none spent) + 2024年价格监测经费 10.43万元 − 8.30万元 spent: "
                + "102.0747万元 more, beyond rounding (±0.58382…万元)", f.message());
        assertEquals(new BigDecimal("700553"), f.expected().orElseThrow());
        assertEquals(new BigDecimal("1721300"), f.actual().orElseThrow());
        assertEquals(List.of("f6", "f5"), f.factIds().subList(0, 2));
        assertEquals(5, f.quotes().size());
    }

    /** rate | budget 万元 | unpaid part 万元 | finding */
    @ParameterizedTest(name = "{0}% of {1}万元 with {2}万元 unpaid: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            95.24 | 1471.75 | 70     | none
            95.24 | 1471.75 | 70.06  | none
            95.24 | 1471.75 | 70.20  | error
            90    | 100     | 10     | none
            90    | 100     | 10.5   | none
            # the least 10.6 can be (10.55) fits in the most 90% of 100 can leave (10.5% of 100.5)
            90    | 100     | 10.6   | none
            90    | 100     | 10.7   | error
            100   | 50      | 0.25   | none
            100   | 50      | 0.3    | none
            100   | 50      | 0.4    | error
            """)
    void theRateCapsWhatIsLeft(String rate, String budget, String unpaid, String expected) {
        Optional<Finding> f = run(rate, budget, unpaid(unpaid, "某项目"));
        assertEquals(expected, f.map(x -> x.severity().label()).orElse("none"));
    }

    @Test
    void anApproximateRateOrBudgetDecidesNothing() {
        Fact r = rate("95").qualifier(Qualifier.APPROX).build();
        Fact b = wan("100").build();
        assertTrue(check.check(figures(new Relation.Unspent("test", r, b, List.of(unpaid("50", "x"))))).isEmpty());
    }
}
