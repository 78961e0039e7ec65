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
import org.junit.jupiter.params.provider.CsvFileSource;

class RatioCheckTest {
    private final RatioCheck check = new RatioCheck();

    private Optional<Finding> run(String rate, String numerator, String denominator, String base) {
        Relation.Ratio ratio = new Relation.Ratio("test", rate(rate).build(), wan(numerator).build(),
                wan(denominator).build(), base);
        return only(check.check(figures(ratio)));
    }

    /** The seeds' rates and shares, and rates just inside and just outside their tolerance. */
    @ParameterizedTest(name = "{1} ÷ {2} stated {0}: {4}")
    @CsvFileSource(resources = "/cases/check/rate-vs-amounts.tsv", delimiter = '\t', numLinesToSkip = 1)
    void statedRatesAgainstTheirAmounts(String rate, String numerator, String denominator, String base,
                                        String severity, String expected) {
        Optional<Finding> finding = run(rate, numerator, denominator, base);
        if (severity.equals("none")) {
            assertTrue(finding.isEmpty(), () -> "unexpected " + finding.get().message());
            return;
        }
        Finding f = finding.orElseThrow();
        assertEquals(severity, f.severity().label(), f.message());
        assertEquals(new BigDecimal(expected), f.expected().orElseThrow(), f.message());
        assertEquals("percent", f.unit());
    }

    @Test
    void aShareWithinRoundingShowsTheArithmeticAndNamesTheBase() {
        Fact share = rate("80.57").id("f28").label("一般公共服务支出").build();
        Fact part = wan("204.53").id("f27").label("一般公共服务支出").build();
        Fact whole = wan("253.87").id("f26").label("一般公共预算财政拨款支出").build();
        Finding f = only(check.check(figures(new Relation.Ratio("prose.占", share, part, whole, "total"))))
                .orElseThrow();
        assertEquals(Severity.INFO, f.severity());
        assertEquals("一般公共服务支出 80.57% stated; 一般公共服务支出 204.53万元 ÷ 一般公共预算财政拨款支出 253.87万元 "
                + "(base: the total) = 80.5648…%: 0.0051… percentage points apart, "
                + "within rounding (±0.00855… percentage points)", f.message());
        assertEquals(new BigDecimal("80.564856028676"), f.expected().orElseThrow());
        assertEquals(new BigDecimal("80.57"), f.actual().orElseThrow());
        assertEquals(new BigDecimal("0.005143971324"), f.difference().orElseThrow());
        assertEquals(List.of("f28", "f27", "f26"), f.factIds());
    }

    @Test
    void anExecutionRateBeyondRoundingIsAnError() {
        Fact rate = rate("89.6").label("执行率").build();
        Fact paid = wan("8.30").label("支付").build();
        Fact budget = wan("10.43").label("预算").build();
        Finding f = only(check.check(figures(new Relation.Ratio("prose.执行率", rate, paid, budget, "adjusted"))))
                .orElseThrow();
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("执行率 89.6% stated; 支付 8.30万元 ÷ 预算 10.43万元 (base: the adjusted budget) = 79.578…%: "
                + "10.021… percentage points apart, beyond rounding (±0.1361… percentage points)", f.message());
    }

    @Test
    void aDenominatorThatMayBeZeroIsUndecidable() {
        assertTrue(run("100", "0.74", "0.00", "budget").isEmpty());
        assertTrue(run("100.00", "0.74", "0", "budget").isEmpty());
        assertTrue(run("0.00", "0.00", "0.00", "budget").isEmpty());
    }

    @Test
    void targetsAndPercentagePointsAreNotRatios() {
        Relation.Ratio target = new Relation.Ratio("test", rate("95").qualifier(Qualifier.AT_LEAST).build(),
                wan("8.30").build(), wan("10.43").build(), "budget");
        assertTrue(check.check(figures(target)).isEmpty());
        Relation.Ratio points = new Relation.Ratio("test", TestFacts.percentagePoints("5.6").build(),
                wan("8.30").build(), wan("10.43").build(), "budget");
        assertTrue(check.check(figures(points)).isEmpty());
    }

    @Test
    void countsMakeRatiosToo() {
        Relation.Ratio bought = new Relation.Ratio("test", rate("100").build(),
                TestFacts.count("1", "1台").build(), TestFacts.count("1", "1台").build(), "planned");
        assertTrue(check.check(figures(bought)).isEmpty());
        Relation.Ratio wrong = new Relation.Ratio("test", rate("50").build(),
                TestFacts.count("1", "1台").build(), TestFacts.count("1", "1台").build(), "planned");
        Finding f = only(check.check(figures(wrong))).orElseThrow();
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().contains("(base: planned)"), f.message());
    }
}
