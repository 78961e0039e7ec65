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
 * The percent, score and grade recognizers on hostile text: a 1 MB line of each kind gives no
 * exception and offsets in bounds, and twice the text takes well under five times the time
 * (a backtracking blow-up would be far worse; noise is not). No absolute time is asserted.
 */
class RateScoreGradeHostileInputTest {
    private static final int MEGABYTE = 1 << 20;
    private static final List<Recognizer> MINE = List.of(new PercentRecognizer(), new ScoreRecognizer(), new GradeRecognizer());

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("rates, ranges and signs", HostileTexts.repeat("1%-2.5%至-38‰～9%%")),
                Arguments.of("a million-digit rate", (IntFunction<String>) n -> "9".repeat(n - 1) + "%"),
                Arguments.of("a million-digit score", (IntFunction<String>) n -> "自评得分" + "9".repeat(n - 5) + "分"),
                Arguments.of("百分之百分之", HostileTexts.repeat("百分之")),
                Arguments.of("comparators without a number", HostileTexts.repeat("不低于≥约增长以上")),
                Arguments.of("优优优", HostileTexts.repeat("优")),
                Arguments.of("优 after a context", (IntFunction<String>) n -> "评价结果为" + HostileTexts.repeat("优").apply(n - 5)),
                Arguments.of("quotes and grades", HostileTexts.repeat("等级为“优“良”1个中、")),
                Arguments.of("nested brackets", (IntFunction<String>) n -> HostileTexts.repeat("（（（(【").apply(n / 2) + "65分" + HostileTexts.repeat("）").apply(n / 2 - 3)),
                Arguments.of("labels, points and weights", HostileTexts.repeat("自评得分为1分扣3分（4分）得分")),
                Arguments.of("letter definitions", HostileTexts.repeat("A（优）B级（90分以上）等级为A")),
                Arguments.of("unpaired surrogates", HostileTexts.repeat("\uD800%9\uDC00分1\uD83D优”为")),
                Arguments.of("random CJK and digits", HostileTexts.random(7, "0123456789.%‰-−～至到个百分之点分得评价结果等级为“”「」（）()【】：:，、。"
                        + "优良中差秀好较般合格不及以上下内约超过低于≥≤×÷十九五二一AB级\uD800")),
                Arguments.of("random text", HostileTexts.random(11, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void neverThrowsAndStaysInBounds(String name, IntFunction<String> text) {
        String big = text.apply(MEGABYTE);
        for (Recognizer r : MINE) {
            List<Mention> mentions = new ArrayList<>();
            assertDoesNotThrow(() -> r.recognize(big, mentions), name + " / " + r.getClass().getSimpleName());
            for (Mention m : mentions) {
                assertTrue(m.start() >= 0 && m.end() <= big.length() && m.start() < m.end(), name + ": " + m);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void takesLinearTime(String name, IntFunction<String> text) {
        String single = text.apply(MEGABYTE / 8);
        String twice = text.apply(MEGABYTE / 4);
        for (Recognizer r : MINE) {
            long once = HostileTexts.fastest(r, single, 3);
            long doubled = HostileTexts.fastest(r, twice, 3);
            // the 1 ms floor keeps timer noise on a fast run from failing the ratio
            assertTrue(doubled < 5 * Math.max(once, 1_000_000L), name + " / " + r.getClass().getSimpleName()
                    + ": " + once / 1000 + " µs, doubled " + doubled / 1000 + " µs");
        }
    }
}
