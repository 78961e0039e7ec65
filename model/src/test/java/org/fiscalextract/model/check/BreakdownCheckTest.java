package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.figures;
import static org.fiscalextract.model.check.TestFacts.only;
import static org.fiscalextract.model.check.TestFacts.wan;
import static org.fiscalextract.model.check.TestFacts.yuan;
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

class BreakdownCheckTest {
    private final BreakdownCheck check = new BreakdownCheck();

    private static Optional<Finding> run(String total, String parts, boolean exhaustive) {
        Fact t = wan(total).label("总额").build();
        List<Fact> p = Arrays.stream(parts.trim().split("\\s+")).map(v -> wan(v).build()).toList();
        return only(new BreakdownCheck().check(figures(new Relation.Breakdown("test", t, p, exhaustive))));
    }

    /** total (万元) | parts (万元) | exhaustive | severity or none | difference total − sum (yuan) */
    @ParameterizedTest(name = "{0} vs {1} (exhaustive {2}): {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1302.76   | 10.53 1292.23         | true  | none  |
            288828.98 | 29780.18 259048.8     | true  | none  |
            253.87    | 212.40 41.47          | true  | none  |
            212.40    | 190.92 21.48          | true  | none  |
            0.46      | 0 0 0.46              | true  | none  |
            14        | 7 7                   | true  | none  |
            1471.75   | 10.53 1292.23         | true  | error | 1689900
            1302.77   | 10.53 1292.23         | true  | info  | 100
            1302.78   | 10.53 1292.23         | true  | error | 200
            1302.770  | 10.53 1292.23         | true  | info  | 100
            1302.771  | 10.53 1292.23         | true  | error | 110
            1302.75   | 10.53 1292.23         | true  | info  | -100
            1471.75   | 10.53 1292.23         | false | none  |
            1302.76   | 10.53 1292.23         | false | none  |
            1300.00   | 10.53 1292.23         | false | error | -27600
            1302.75   | 10.53 1292.23         | false | info  | -100
            1302.8    | 10.53 1292.23         | false | none  |
            """)
    void partsAgainstTheirTotal(String total, String parts, boolean exhaustive, String severity, String difference) {
        Optional<Finding> finding = run(total, parts, exhaustive);
        if (severity.equals("none")) {
            assertTrue(finding.isEmpty(), () -> "unexpected " + finding.get().message());
            return;
        }
        Finding f = finding.orElseThrow();
        assertEquals(severity, f.severity().label(), f.message());
        assertEquals(0, new BigDecimal(difference).compareTo(f.difference().orElseThrow()), f.message());
        assertEquals("yuan", f.unit());
    }

    @Test
    void theSeedsBudgetTotalAgainstItsPartsShowsTheArithmetic() {
        Fact total = wan("1471.75").id("f5").label("项目资金预算总额").at("p5").build();
        Fact upper = wan("10.53").id("f3").label("上级财政下达").at("p2").build();
        Fact local = wan("1292.23").id("f4").label("县级财政下达").at("p2").build();
        Finding f = check.check(figures(new Relation.Breakdown("prose.其中", total, List.of(upper, local), true)))
                .get(0);
        assertEquals("breakdown_sum", f.check());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("parts 上级财政下达 10.53万元 + 县级财政下达 1292.23万元 = 1302.76万元, the total 项目资金预算总额 "
                + "states 1471.75万元: 168.99万元 apart, beyond rounding (±0.015万元)", f.message());
        assertEquals(new BigDecimal("13027600"), f.expected().orElseThrow());
        assertEquals(new BigDecimal("14717500"), f.actual().orElseThrow());
        assertEquals(new BigDecimal("1689900"), f.difference().orElseThrow());
        assertEquals(new BigDecimal("150"), f.tolerance().orElseThrow());
        assertEquals(List.of("f5", "f3", "f4"), f.factIds());
        assertEquals("p5", f.quotes().get(0).location());
        assertEquals("1471.75万元", f.quotes().get(0).text());
    }

    @Test
    void partsExceedingAPartialTotalSaySo() {
        Finding f = run("1300.00", "10.53 1292.23", false).orElseThrow();
        assertEquals("parts 10.53万元 + 1292.23万元 = 1302.76万元, the total 总额 states 1300.00万元: "
                + "the parts exceed it by 2.76万元, beyond rounding (±0.015万元)", f.message());
    }

    @Test
    void withinRoundingIsInfo() {
        Finding f = run("1302.77", "10.53 1292.23", true).orElseThrow();
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().endsWith("0.01万元 apart, within rounding (±0.015万元)"), f.message());
    }

    @Test
    void partsInAnotherUnitAreConverted() {
        Fact total = wan("1302.76").build();
        List<Fact> parts = List.of(yuan("105300").build(), wan("1292.23").build());
        assertTrue(check.check(figures(new Relation.Breakdown("test", total, parts, true))).isEmpty());
        List<Fact> wrong = List.of(yuan("105400").build(), wan("1292.23").build());
        Finding f = only(check.check(figures(new Relation.Breakdown("test", total, wrong, true)))).orElseThrow();
        // 100 yuan apart; tolerance 0.5 + 50 + 50 yuan
        assertEquals(Severity.INFO, f.severity());
        assertEquals(new BigDecimal("100.5"), f.tolerance().orElseThrow());
    }

    @Test
    void increasesBreakDownLikeValues() {
        Fact total = wan("27.64").increase().build();
        List<Fact> parts = List.of(wan("20.00").increase().build(), wan("7.00").increase().build());
        assertEquals(Severity.ERROR, only(check.check(figures(new Relation.Breakdown("test", total, parts, true))))
                .orElseThrow().severity());
    }

    @Test
    void approximateOrMixedFiguresAreNotChecked() {
        Fact approx = wan("1471.75").qualifier(Qualifier.APPROX).build();
        List<Fact> parts = List.of(wan("10.53").build(), wan("1292.23").build());
        assertTrue(check.check(figures(new Relation.Breakdown("test", approx, parts, true))).isEmpty());
        Fact total = wan("1471.75").build();
        List<Fact> withRate = List.of(wan("10.53").build(), TestFacts.rate("95.24").build());
        assertTrue(check.check(figures(new Relation.Breakdown("test", total, withRate, true))).isEmpty());
        assertTrue(check.check(figures(new Relation.Breakdown("test", total, List.of(), true))).isEmpty());
    }

    @Test
    void otherRelationsAreIgnored() {
        assertTrue(check.check(figures(new Relation.CountParts("test", TestFacts.count("8", "8个").build(),
                List.of(TestFacts.count("9", "9个").build()), true))).isEmpty());
    }
}
