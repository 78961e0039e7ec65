package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.grade;
import static org.fiscalextract.model.check.TestFacts.only;
import static org.fiscalextract.model.check.TestFacts.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.fact.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeScoreCheckTest {
    private final GradeScoreCheck check = new GradeScoreCheck(GradeScales.standard());

    private Optional<Finding> run(String score, String grade, String province, String year) {
        Relation.GradedScore graded = new Relation.GradedScore("test", score(score).build(), grade(grade).build());
        return only(check.check(new Figures(List.of(), List.of(graded), List.of(), province, year)));
    }

    /** The eight evaluated projects of seed 001, and 000's self-evaluation. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            89.97 | 良
            77.7  | 中
            75.02 | 中
            70.6  | 中
            90.85 | 优
            91.34 | 优
            89.12 | 良
            89.71 | 良
            92    | 优
            98.6  | 优
            59.99 | 差
            60    | 中
            80    | 良
            90    | 优
            """)
    void gradesTheScaleGives(String score, String grade) {
        Optional<Finding> f = run(score, grade, "山西省", "2024");
        assertTrue(f.isEmpty(), () -> f.get().message());
    }

    /** score | stated grade | severity | expected bound | difference */
    @ParameterizedTest(name = "{0} graded {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            89.97 | 优 | error | 90 | -0.03
            89.99 | 优 | error | 90 | -0.01
            90.85 | 良 | error | 90 | 0.85
            90.00 | 良 | info  | 90 | 0
            90.01 | 良 | error | 90 | 0.01
            90    | 良 | info  | 90 | 0
            90.4  | 良 | error | 90 | 0.4
            80.00 | 中 | info  | 80 | 0
            75.02 | 良 | error | 80 | -4.98
            59.99 | 中 | error | 60 | -0.01
            60.00 | 差 | info  | 60 | 0
            77.7  | 差 | error | 60 | 17.7
            """)
    void gradesTheScaleDoesNotGive(String score, String grade, String severity, String bound, String difference) {
        Finding f = run(score, grade, "山西省", "2024").orElseThrow();
        assertEquals(severity, f.severity().label(), f.message());
        assertEquals(0, new BigDecimal(bound).compareTo(f.expected().orElseThrow()), f.message());
        assertEquals(0, new BigDecimal(difference).compareTo(f.difference().orElseThrow()), f.message());
        assertEquals("points", f.unit());
    }

    @Test
    void theMessageNamesTheScaleAndTheBand() {
        assertEquals("score 89.97 is 良 on the default scale (≥90 优, ≥80 良, ≥60 中, below 差; 财预〔2020〕10号), "
                + "but the document grades it 优 (90 or more): 0.03 points short of the 90 that 优 needs, "
                + "beyond rounding (±0.005)", run("89.97", "优", "", "").orElseThrow().message());
        assertEquals("score 90.85 is 优 on the default scale (≥90 优, ≥80 良, ≥60 中, below 差; 财预〔2020〕10号), "
                + "but the document grades it 良 (80 to below 90): 0.85 points above 90, where 良 ends, "
                + "beyond rounding (±0.005)", run("90.85", "良", "", "").orElseThrow().message());
        assertEquals("score 90 is 优 on the default scale (≥90 优, ≥80 良, ≥60 中, below 差; 财预〔2020〕10号), "
                + "but the document grades it 良 (80 to below 90): at 90, where 良 ends, within rounding (±0.5)",
                run("90", "良", "", "").orElseThrow().message());
    }

    @Test
    void theScaleOfTheDocumentsProvinceAndYearApplies() {
        GradeScales scales = GradeScales.parse("四川省\t2024\t85\t75\t60\t川财绩〔2099〕1号 (test)\n", "test");
        GradeScoreCheck sichuan = new GradeScoreCheck(scales);
        Relation.GradedScore graded = new Relation.GradedScore("test", score("86").build(), grade("优").build());
        assertTrue(sichuan.check(new Figures(List.of(), List.of(graded), List.of(), "四川省", "2024")).isEmpty());
        Finding elsewhere = only(sichuan.check(new Figures(List.of(), List.of(graded), List.of(), "山西省", "2024")))
                .orElseThrow();
        assertEquals(Severity.ERROR, elsewhere.severity());
        Finding otherYear = only(sichuan.check(new Figures(List.of(), List.of(graded), List.of(), "四川省", "2023")))
                .orElseThrow();
        assertTrue(otherYear.message().contains("on the default scale"), otherYear.message());
    }

    @Test
    void aBoundIsNotAScore() {
        Relation.GradedScore graded = new Relation.GradedScore("test",
                score("90").qualifier(Qualifier.AT_LEAST).build(), grade("良").build());
        assertTrue(check.check(new Figures(List.of(), List.of(graded), List.of(), "", "")).isEmpty());
    }

    @Test
    void theQuotesAreTheScoreAndTheGrade() {
        Relation.GradedScore graded = new Relation.GradedScore("test", score("89.97").id("f19").build(),
                grade("优").id("f20").build());
        Finding f = check.check(new Figures(List.of(), List.of(graded), List.of(), "", "")).get(0);
        assertEquals(List.of("f19", "f20"), f.factIds());
    }
}
