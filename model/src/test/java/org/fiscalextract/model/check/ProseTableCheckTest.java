package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.cellScore;
import static org.fiscalextract.model.check.TestFacts.figures;
import static org.fiscalextract.model.check.TestFacts.grade;
import static org.fiscalextract.model.check.TestFacts.only;
import static org.fiscalextract.model.check.TestFacts.score;
import static org.fiscalextract.model.check.TestFacts.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProseTableCheckTest {
    private static final String PROJECT = "51090422T000000280419-目标绩效督查营商管理经费";
    private final ProseTableCheck check = new ProseTableCheck();

    private Optional<Finding> run(Fact prose, Fact cell) {
        return only(check.check(figures(new Relation.ProseAndTable("test", PROJECT, prose, cell))));
    }

    @ParameterizedTest(name = "text {0} vs table {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # text score | table score | finding
            98.5   | 98.5   | none
            98.5   | 98.50  | none
            98.5   | 98.54  | none
            98     | 98.4   | none
            98.5   | 98.55  | info
            98     | 98.5   | info
            98     | 98.6   | error
            98.5   | 98.6   | info
            98.5   | 98.7   | error
            100    | 98.5   | error
            """)
    void scores(String text, String table, String expected) {
        Optional<Finding> f = run(score(text).label("自评得分").at("p82").build(),
                cellScore(table).label("合计/得分").at("t2r24c10").build());
        assertEquals(expected, f.map(x -> x.severity().label()).orElse("none"));
    }

    @Test
    void aMismatchQuotesBothWithTheArithmetic() {
        Finding f = run(score("98.5").label("自评得分").id("f128").at("p82").build(),
                cellScore("95").label("合计/得分").id("f230").at("t2r24c10").build()).orElseThrow();
        assertEquals("prose_vs_table", f.check());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(PROJECT + ": the text states 自评得分 98.5 (p82), the table 合计/得分 95 (t2r24c10): "
                + "3.5 apart, beyond rounding (±0.55)", f.message());
        assertEquals(new BigDecimal("95"), f.expected().orElseThrow());
        assertEquals(new BigDecimal("98.5"), f.actual().orElseThrow());
        assertEquals(List.of("f128", "f230"), f.factIds());
    }

    @Test
    void amountsCompareAcrossUnitsOfTheSameValue() {
        assertTrue(run(wan("40.73").label("调整后预算数").build(), wan("40.73").at("t2r9c5").build()).isEmpty());
        assertEquals(Severity.ERROR, run(wan("41.47").label("涉及预算总金额").build(),
                wan("40.73").at("t2r9c5").build()).orElseThrow().severity());
    }

    @Test
    void differentGradesAreAnError() {
        assertTrue(run(grade("良").build(), grade("良").at("t1r2c3").build()).isEmpty());
        Finding f = run(grade("良").at("p5").build(), grade("优").at("t1r2c3").build()).orElseThrow();
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.message().endsWith("the text states 良 (p5), the table 优 (t1r2c3): the grades differ"), f.message());
    }

    @Test
    void anApproximateFigureDecidesNothing() {
        assertTrue(run(score("98").qualifier(Qualifier.APPROX).build(), cellScore("90").at("t1r1c1").build())
                .isEmpty());
    }
}
