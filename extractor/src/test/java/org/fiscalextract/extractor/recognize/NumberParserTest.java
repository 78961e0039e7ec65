package org.fiscalextract.extractor.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1302.76|1302.76", "1,302.76|1302.76", "1，302.76|1302.76", "119,198|119198",
            "0.46|0.46", "0|0", "12,345,678.90|12345678.90", "-38|-38", "+5.5|5.5", "100.00|100.00",
    })
    void readsArabicNumbers(String text, String value) {
        assertEquals(new BigDecimal(value), NumberParser.arabic(text).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,30,2.76", "1302,76", ",302", "1,3024", "12.", ".5", "1.2.3", "", "1,302.7,6", "--1", "12a"})
    void refusesArabicNumbersItCannotRead(String text) {
        assertTrue(NumberParser.arabic(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "十|10", "十五|15", "二十五|25", "一百|100", "一百零五|105", "一千零五|1005", "三点五|3.5",
            "壹佰贰拾|120", "伍仟|5000", "壹佰贰拾万|1200000", "十万|100000", "一亿二千万|120000000",
            "二〇二四|2024", "一九九九|1999", "两千|2000", "九十五|95", "一万亿|1000000000000", "零点五|0.5",
    })
    void readsChineseNumerals(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(NumberParser.chinese(text).orElseThrow()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"三四", "十百", "百百", "万", "亿", "点五", "二三十", "1.2万"})
    void refusesChineseNumeralsItCannotRead(String text) {
        assertTrue(NumberParser.chinese(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.2万|12000", "十亿3000万|1030000000", "3.3个亿|330000000", "3000万|30000000", "22.66亿|2266000000",
            "3千|3000", "1,302.76万|13027600", "5.2亿|520000000",
    })
    void readsNumbersWithMagnitudes(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(NumberParser.withMagnitudes(text).orElseThrow()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"万万万", "亿万", "1万2万", "个亿", "1.2.3万"})
    void refusesMagnitudesWithoutANumber(String text) {
        assertTrue(NumberParser.withMagnitudes(text).isEmpty(), text);
    }

    @org.junit.jupiter.api.Test
    void aMillionDigitsAreRefusedNotParsed() {
        assertTrue(NumberParser.arabic("9".repeat(1_000_000)).isEmpty());
        assertTrue(NumberParser.withMagnitudes("九".repeat(1_000_000)).isEmpty());
    }
}
