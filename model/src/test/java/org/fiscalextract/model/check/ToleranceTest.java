package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.count;
import static org.fiscalextract.model.check.TestFacts.rate;
import static org.fiscalextract.model.check.TestFacts.score;
import static org.fiscalextract.model.check.TestFacts.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.fiscalextract.model.fact.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToleranceTest {

    private static Stated stated(Fact fact) {
        return Stated.of(fact).orElseThrow();
    }

    @ParameterizedTest(name = "{0} carries ±{1}")
    @CsvSource(delimiter = '|', textBlock = """
            1302.76 | 0.005
            170     | 0.5
            95.24   | 0.005
            79.6    | 0.05
            50.00   | 0.005
            0       | 0.5
            """)
    void aStatedFigureCarriesHalfItsLastDigit(String stated, String halfUnit) {
        assertEquals(0, new BigDecimal(halfUnit).compareTo(Tolerance.halfUnit(new BigDecimal(stated))));
    }

    @Test
    void amountsCarryTheirHalfUnitInYuan() {
        assertEquals(0, new BigDecimal("50").compareTo(stated(wan("1302.76").build()).halfUnit()));
        assertEquals(0, new BigDecimal("5000").compareTo(stated(wan("170").build()).halfUnit()));
        assertEquals(0, new BigDecimal("50000").compareTo(stated(TestFacts.yi("9.754").build()).halfUnit()));
        assertEquals(0, new BigDecimal("13027600").compareTo(stated(wan("1302.76").build()).value()));
        assertEquals("yuan", stated(wan("1302.76").build()).unit());
    }

    @Test
    void ratesAndScoresCarryTheirHalfUnitAsWritten() {
        assertEquals(0, new BigDecimal("0.005").compareTo(stated(rate("95.24").build()).halfUnit()));
        assertEquals(0, new BigDecimal("0.005").compareTo(stated(score("89.97").build()).halfUnit()));
        assertEquals("percent", stated(rate("95.24").build()).unit());
        assertEquals("points", stated(score("89.97").build()).unit());
    }

    @Test
    void countsAreExact() {
        Stated eight = stated(count("8", "8个项目").build());
        assertEquals(0, eight.halfUnit().signum());
        assertTrue(eight.exact());
        assertTrue(eight.roundsTo(new BigDecimal("8")));
        assertFalse(eight.roundsTo(new BigDecimal("8.2")));
    }

    @Test
    void aGradeHasNoNumber() {
        assertTrue(Stated.of(TestFacts.grade("优").build()).isEmpty());
    }

    @Test
    void aSumMayDifferByTheHalfUnitsOfAllItsTerms() {
        List<Stated> terms = List.of(stated(wan("10.53").build()), stated(wan("1292.23").build()),
                stated(wan("1302.76").build()));
        assertEquals(0, new BigDecimal("150").compareTo(Tolerance.ofSum(terms)));
    }

    @Test
    void aRatioMovesByWhatItsTermsHalfUnitsAllowAtMost() {
        // 100 × (0.005 × 10.43 + 8.30 × 0.005) ÷ (10.43 × 10.425) = 0.0861286…
        BigDecimal spread = Tolerance.ofRatio(new BigDecimal("8.30"), new BigDecimal("0.005"),
                new BigDecimal("10.43"), new BigDecimal("0.005")).orElseThrow();
        assertEquals("0.086128604308", spread.toPlainString());
        // never less than the first-order estimate |r|·(ea/|a| + eb/|b|) = 0.0861…
        BigDecimal r = new BigDecimal("79.578139980825");
        BigDecimal firstOrder = r.multiply(new BigDecimal("0.005").divide(new BigDecimal("8.30"), 12,
                java.math.RoundingMode.HALF_EVEN).add(new BigDecimal("0.005").divide(new BigDecimal("10.43"), 12,
                java.math.RoundingMode.HALF_EVEN)));
        assertTrue(spread.compareTo(firstOrder) >= 0);
    }

    @Test
    void aRateTakesItsOwnHalfUnitOnTopOfTheRatios() {
        BigDecimal tolerance = Tolerance.ofRate(stated(rate("79.6").build()), stated(wan("8.30").build()),
                stated(wan("10.43").build())).orElseThrow();
        assertEquals("0.136128604308", tolerance.toPlainString());
    }

    @Test
    void aDenominatorThatMayBeZeroLeavesTheRatioUndecidable() {
        BigDecimal half = new BigDecimal("0.005");
        assertTrue(Tolerance.ofRatio(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, half).isEmpty());
        assertTrue(Tolerance.ofRatio(BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("0.005"), new BigDecimal("0.005"))
                .isEmpty());
    }

    @ParameterizedTest(name = "{0} against implied {1} ±{2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            79.6   | 79.578139980825 | 0.136 | HOLDS
            83.66  | 83.664867845748 | 0.0087 | HOLDS
            80.57  | 80.564856028676 | 0.0086 | WITHIN_ROUNDING
            80.58  | 80.564856028676 | 0.0086 | BEYOND_ROUNDING
            53.53  | 53.535353535354 | 1.06  | WITHIN_ROUNDING
            """)
    void judgingFollowsRoundingThenTolerance(String stated, String implied, String tolerance, Agreement expected) {
        assertEquals(expected, Tolerance.judge(stated(rate(stated).build()), new BigDecimal(implied),
                new BigDecimal(tolerance)));
    }

    @Test
    void agreementGivesTheSeverity() {
        assertTrue(Agreement.HOLDS.severity().isEmpty());
        assertEquals(Severity.INFO, Agreement.WITHIN_ROUNDING.severity().orElseThrow());
        assertEquals(Severity.ERROR, Agreement.BEYOND_ROUNDING.severity().orElseThrow());
    }

    @Test
    void figuresAreWrittenAsTheDocumentWritesThem() {
        Stated total = stated(wan("1471.75").build());
        assertEquals("1471.75万元", total.shown());
        assertEquals("1302.76万元", total.write(new BigDecimal("13027600")));
        assertEquals("0.015万元", total.write(new BigDecimal("150")));
        Stated share = stated(rate("80.57").build());
        assertEquals("80.5648…%", share.write(new BigDecimal("80.564856028676"), 2));
        assertEquals("0.0051 percentage points", share.writeGap(new BigDecimal("0.0051"), 2));
        assertEquals("170万元", stated(wan("170").build()).shown());
        assertEquals("50.00万元", stated(wan("50.00").build()).shown());
    }
}
