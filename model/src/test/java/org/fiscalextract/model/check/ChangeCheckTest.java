package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.figures;
import static org.fiscalextract.model.check.TestFacts.only;
import static org.fiscalextract.model.check.TestFacts.rate;
import static org.fiscalextract.model.check.TestFacts.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeCheckTest {
    private final ChangeCheck check = new ChangeCheck();

    private static Qualifier direction(String word) {
        return word.equals("up") ? Qualifier.INCREASE : Qualifier.DECREASE;
    }

    private Optional<Finding> run(String current, String way, String change, String rateWay, String rate) {
        Relation.Change c = new Relation.Change("test", wan(current).build(),
                Optional.of(wan(change).qualifier(direction(way)).build()),
                Optional.of(rate(rate).qualifier(direction(rateWay)).build()));
        return only(check.check(figures(c)));
    }

    /** current (万元) | up/down | change (万元) | up/down | rate (%) | severity or none | implied rate */
    @ParameterizedTest(name = "{0} {1} {2}, rate {3} {4}: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            253.87 | up   | 27.64 | up   | 12.22  | none  |
            0.46   | down | 0.53  | down | 53.53  | info  | -53.535353535354
            21.48  | up   | 1.28  | up   | 6.34   | none  |
            253.87 | up   | 27.64 | up   | 12.21  | info  | 12.217654599302
            253.87 | up   | 27.64 | up   | 12.23  | error | 12.217654599302
            253.87 | up   | 27.64 | up   | 12.225 | error | 12.217654599302
            253.87 | up   | 27.64 | up   | 13.22  | error | 12.217654599302
            253.87 | up   | 27.64 | down | 12.22  | error | 12.217654599302
            0.46   | down | 0.53  | down | 55     | info  | -53.535353535354
            0.46   | down | 0.53  | down | 56     | error | -53.535353535354
            0.46   | down | 0.53  | up   | 53.53  | error | -53.535353535354
            """)
    void changeAgainstItsRate(String current, String way, String change, String rateWay, String rate,
                              String severity, String implied) {
        Optional<Finding> finding = run(current, way, change, rateWay, rate);
        if (severity.equals("none")) {
            assertTrue(finding.isEmpty(), () -> "unexpected " + finding.get().message());
            return;
        }
        Finding f = finding.orElseThrow();
        assertEquals(severity, f.severity().label(), f.message());
        assertEquals(new BigDecimal(implied), f.expected().orElseThrow(), f.message());
    }

    @Test
    void theMessageWorksOutThePriorYear() {
        Relation.Change c = new Relation.Change("prose.较上年", wan("0.46").label("“三公”经费财政拨款支出决算").build(),
                Optional.of(wan("0.53").decrease().build()), Optional.of(rate("53.53").decrease().build()));
        Finding f = only(check.check(figures(c))).orElseThrow();
        assertEquals(Severity.INFO, f.severity());
        assertEquals("“三公”经费财政拨款支出决算: 0.46万元 after a decrease of 0.53万元, so the prior value is "
                + "0.46万元 + 0.53万元 = 0.99万元; -0.53万元 ÷ 0.99万元 = -53.5353…%, the document states a decrease "
                + "of 53.53%: 0.0053… percentage points apart, within rounding (±1.06148… percentage points)",
                f.message());
        assertEquals(new BigDecimal("-53.53"), f.actual().orElseThrow());
        assertEquals(3, f.quotes().size());
    }

    @Test
    void anIncreaseWithAFallingRateIsAnError() {
        Finding f = run("253.87", "up", "27.64", "down", "12.22").orElseThrow();
        assertTrue(f.message().contains("after an increase of 27.64万元"), f.message());
        assertTrue(f.message().contains("the document states a decrease of 12.22%"), f.message());
    }

    @Test
    void aSignedRateNeedsNoDirectionWord() {
        Relation.Change c = new Relation.Change("test", wan("253.87").build(),
                Optional.of(wan("27.64").increase().build()), Optional.of(rate("12.22").build()));
        assertTrue(check.check(figures(c)).isEmpty());
    }

    @Test
    void withoutTheChangeOrTheRateThereIsNothingToCheck() {
        Fact current = wan("253.87").build();
        assertTrue(check.check(figures(new Relation.Change("test", current, Optional.empty(),
                Optional.of(rate("12.22").increase().build())))).isEmpty());
        assertTrue(check.check(figures(new Relation.Change("test", current,
                Optional.of(wan("27.64").increase().build()), Optional.empty()))).isEmpty());
    }

    @Test
    void aPriorValueThatMayBeZeroIsUndecidable() {
        assertTrue(run("27.64", "up", "27.64", "up", "100").isEmpty());
    }

    @Test
    void aChangeInPercentagePointsIsNotAGrowthRate() {
        Relation.Change c = new Relation.Change("test", wan("253.87").build(),
                Optional.of(wan("27.64").increase().build()),
                Optional.of(TestFacts.percentagePoints("12.22").increase().build()));
        assertTrue(check.check(figures(c)).isEmpty());
    }
}
