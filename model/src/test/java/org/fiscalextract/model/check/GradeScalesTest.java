package org.fiscalextract.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.fiscalextract.model.fact.GradeLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeScalesTest {
    private static final String TABLE = """
            # a comment
            *\t*\t90\t80\t60\tdefault
            四川省\t*\t88\t78\t60\tSichuan, any year
            四川省\t2020-2024\t86\t76\t60\tSichuan 2020-2024
            四川省\t2024\t85\t75\t60\tSichuan 2024
            重庆\t2021-\t92\t80\t60\tChongqing from 2021
            """;

    private final GradeScales scales = GradeScales.parse(TABLE, "test");

    @ParameterizedTest(name = "{0} {1}: ≥{2} 优")
    @CsvSource(delimiter = '|', textBlock = """
            四川省 | 2024 | 85 | Sichuan 2024
            四川省 | 2022 | 86 | Sichuan 2020-2024
            四川省 | 2019 | 88 | Sichuan, any year
            四川省 | ''   | 88 | Sichuan, any year
            四川   | 2024 | 85 | Sichuan 2024
            重庆市 | 2030 | 92 | Chongqing from 2021
            重庆市 | 2020 | 90 | default
            山西省 | 2024 | 90 | default
            ''     | ''   | 90 | default
            """)
    void theMostSpecificRowApplies(String province, String year, String excellent, String source) {
        GradeScale scale = scales.forDocument(province, year);
        assertEquals(new BigDecimal(excellent), scale.excellent());
        assertEquals(source, scale.source());
    }

    @Test
    void theShippedTableHasTheNationalDefault() {
        GradeScale scale = GradeScales.standard().forDocument("山西省", "2024");
        assertEquals(new BigDecimal("90"), scale.excellent());
        assertEquals(new BigDecimal("80"), scale.good());
        assertEquals(new BigDecimal("60"), scale.fair());
        assertEquals("财预〔2020〕10号", scale.source());
    }

    @Test
    void withoutAnyRowTheDefaultApplies() {
        assertEquals(GradeScale.DEFAULT, GradeScales.parse("", "empty").forDocument("四川省", "2024"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100    | EXCELLENT
            90     | EXCELLENT
            89.99  | GOOD
            80     | GOOD
            79.999 | FAIR
            60     | FAIR
            59.9   | POOR
            0      | POOR
            """)
    void theDefaultScale(String score, GradeLevel level) {
        assertEquals(level, GradeScale.DEFAULT.gradeOf(new BigDecimal(score)));
    }

    @Test
    void bandsInWords() {
        assertEquals("90 or more", GradeScale.DEFAULT.band(GradeLevel.EXCELLENT));
        assertEquals("80 to below 90", GradeScale.DEFAULT.band(GradeLevel.GOOD));
        assertEquals("below 60", GradeScale.DEFAULT.band(GradeLevel.POOR));
    }

    @Test
    void badRowsAreNamed() {
        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
                () -> GradeScales.parse("*\t*\t90\n", "mine.tsv"));
        assertTrue(columns.getMessage().startsWith("mine.tsv: row 1"), columns.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GradeScales.parse("*\t2024-2020\t90\t80\t60\n", "x"));
        assertThrows(IllegalArgumentException.class, () -> GradeScales.parse("*\t24\t90\t80\t60\n", "x"));
        assertThrows(IllegalArgumentException.class, () -> GradeScales.parse("*\t*\t80\t90\t60\n", "x"));
    }
}
