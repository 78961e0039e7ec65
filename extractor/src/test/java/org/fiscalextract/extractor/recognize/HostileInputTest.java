package org.fiscalextract.extractor.recognize;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Money, count, measure and not-quantity recognizers on hostile text: they never throw, keep
 * their offsets inside the text, and take time linear in it (twice the text, well under five
 * times the time). No absolute time is asserted: machines differ.
 */
class HostileInputTest {
    private static final int MEGABYTE = 1 << 20;
    /** Text where a number starts every few characters costs the most per character: a quarter MB of it. */
    private static final int DENSE = MEGABYTE / 4;
    /** The timing compares this much text with twice as much. */
    private static final int TIMED = 32 * 1024;
    private static final List<Recognizer> MINE = List.of(
            new NotQuantityRecognizer(), new AmountRecognizer(), new CountRecognizer(), new MeasureRecognizer());

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("a 1 MB line of digits", HostileTexts.repeat("1234567890"), MEGABYTE),
                Arguments.of("a million-digit number with a unit", (IntFunction<String>) n -> "9".repeat(n - 2) + "万元", MEGABYTE),
                Arguments.of("万 ×100k", HostileTexts.repeat("万"), 100_000),
                Arguments.of("endless 万 after a digit", HostileTexts.repeat("1万万万万万万万万万"), DENSE),
                Arguments.of("1,1,1,…", HostileTexts.repeat("1,"), DENSE),
                Arguments.of("1，1，1，…", HostileTexts.repeat("1，"), DENSE),
                Arguments.of("1.1.1.…", HostileTexts.repeat("1."), DENSE),
                Arguments.of("numbers joined by 、", HostileTexts.repeat("12.5、"), DENSE),
                Arguments.of("ranges without end", HostileTexts.repeat("1-2至3～"), DENSE),
                Arguments.of("endless Chinese numerals", HostileTexts.repeat("壹佰贰拾三四五六七八九十百千"), DENSE),
                Arguments.of("qualifiers without a number", HostileTexts.repeat("约不低于超过以上增加"), DENSE),
                Arguments.of("units without a number", HostileTexts.repeat("万元个项目人次万吨平方米次"), DENSE),
                Arguments.of("nested brackets", HostileTexts.repeat("（（〔【[("), DENSE),
                Arguments.of("open quotes with digits", HostileTexts.repeat("“1"), DENSE),
                Arguments.of("unpaired surrogates", HostileTexts.repeat("\uD8001万\uDC00元\uD83D"), DENSE),
                Arguments.of("random CJK and digits", HostileTexts.random(7, "0123456789,，.、%万亿元千百个项人次吨米次天约余多以上下至-—年月日号〔〕（）“”第一二三十壹佰\uD800"), DENSE),
                Arguments.of("random text", HostileTexts.random(11, null), MEGABYTE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void neverThrowsAndStaysInBounds(String name, IntFunction<String> text, int size) {
        String big = text.apply(size);
        for (Recognizer r : MINE) {
            List<Mention> mentions = new ArrayList<>();
            List<Claim> claims = new ArrayList<>();
            assertDoesNotThrow(() -> {
                r.recognize(big, mentions);
                r.claim(big, claims);
            }, name + " / " + r.getClass().getSimpleName());
            for (Mention m : mentions) {
                assertTrue(m.start() >= 0 && m.end() <= big.length() && m.start() < m.end(), name + ": " + m);
            }
            for (Claim c : claims) {
                assertTrue(c.start() >= 0 && c.end() <= big.length(), name + ": " + c);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void takesLinearTime(String name, IntFunction<String> text, int size) {
        String single = text.apply(TIMED);
        String twice = text.apply(2 * TIMED);
        for (Recognizer r : MINE) {
            long once = HostileTexts.fastest(r, single, 5);
            long doubled = HostileTexts.fastest(r, twice, 5);
            assertTrue(doubled < 5 * Math.max(once, 1_000_000L),
                    name + " / " + r.getClass().getSimpleName() + ": " + once / 1000 + " µs, doubled "
                            + doubled / 1000 + " µs");
        }
    }
}
