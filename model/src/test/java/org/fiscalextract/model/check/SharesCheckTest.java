package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.figures;
import static org.fiscalextract.model.check.TestFacts.only;
import static org.fiscalextract.model.check.TestFacts.rate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.fact.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharesCheckTest {
    private final SharesCheck check = new SharesCheck();

    private Optional<Finding> run(String shares, boolean exhaustive) {
        List<Fact> facts = Arrays.stream(shares.trim().split("\\s+")).map(v -> rate(v).build()).toList();
        return only(check.check(figures(new Relation.Shares("test", facts, exhaustive))));
    }

    /** shares (%) | exhaustive | severity or none | sum − 100 */
    @ParameterizedTest(name = "{0} (exhaustive {1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
            80.57 8.79 4.49 6.15 | true  | none  |
            83.66 16.34          | true  | none  |
            0 0 100              | true  | none  |
            80.57 8.79 4.49 6.65 | true  | error | 0.50
            33.33 33.33 33.33    | true  | info  | -0.01
            33.3 33.3 33.3       | true  | info  | -0.1
            50.00 49.99          | true  | info  | -0.01
            50.01 49.97          | true  | error | -0.02
            60 30                | false | none  |
            60.5 40.5            | false | error | 1.0
            50.01 50.00          | false | info  | 0.01
            """)
    void sharesOfOneWhole(String shares, boolean exhaustive, String severity, String difference) {
        Optional<Finding> finding = run(shares, exhaustive);
        if (severity.equals("none")) {
            assertTrue(finding.isEmpty(), () -> "unexpected " + finding.get().message());
            return;
        }
        Finding f = finding.orElseThrow();
        assertEquals(severity, f.severity().label(), f.message());
        assertEquals(0, new BigDecimal(difference).compareTo(f.difference().orElseThrow()), f.message());
        assertEquals(new BigDecimal("100"), f.expected().orElseThrow());
    }

    @Test
    void theMessageAddsTheSharesUp() {
        List<Fact> shares = List.of(rate("80.57").label("一般公共服务支出").build(),
                rate("8.79").label("社会保障和就业支出").build(), rate("4.49").label("卫生健康支出").build(),
                rate("6.65").label("住房保障支出").build());
        Finding f = only(check.check(figures(new Relation.Shares("prose.占", shares, true)))).orElseThrow();
        assertEquals("shares 一般公共服务支出 80.57% + 社会保障和就业支出 8.79% + 卫生健康支出 4.49% + 住房保障支出 6.65% "
                + "= 100.50%, not 100%: 0.50 percentage points apart, beyond rounding (±0.02 percentage points)",
                f.message());
        assertEquals(4, f.quotes().size());
    }

    @Test
    void aSingleShareOrPercentagePointsDecideNothing() {
        assertTrue(run("80", true).isEmpty());
        List<Fact> points = List.of(TestFacts.percentagePoints("50").build(), TestFacts.percentagePoints("40").build());
        assertTrue(check.check(figures(new Relation.Shares("test", points, true))).isEmpty());
    }
}
