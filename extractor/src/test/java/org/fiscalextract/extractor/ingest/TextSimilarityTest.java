package org.fiscalextract.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextSimilarityTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc | abc | 1.0",
            "abc | abd | 0.6666666666666666",
            "预算执行率95.24% | 预算执行率95.24% | 1.0",
            "预算执行率95.24% | 预算执行率95.42% | 0.9090909090909091",
            "abcdef | '' | 0.0",
            "ab | ba | 0.5",
    })
    void ratioIsTwiceTheCommonSubsequenceOverTheLengths(String a, String b, double expected) {
        assertEquals(expected, TextSimilarity.ratio(a, b, 0.0), 1e-12);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"aaaaaaaaaa | bbbbbbbbbb", "一二三四五六七八九十 | 十九八七六五四三二一"})
    void givesUpBelowTheFloor(String a, String b) {
        assertTrue(TextSimilarity.ratio(a, b, 0.9) < 0.9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'a b\tc\u3000d\n' | abcd", "'　预算　' | 预算"})
    void whitespaceIncludesIdeographicSpace(String in, String out) {
        assertEquals(out, TextSimilarity.withoutWhitespace(in));
    }
}
