package org.fiscalextract.extractor.normalize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real paragraphs from the five seed reports ({@code cases/normalize-seeds.tsv}): each whole
 * excerpt and each of its lines, under every {@link LineBreaks} policy, keeps the mapping
 * invariants, is idempotent and comes out clean.
 */
class SeedMappingTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final CaseTable SEEDS = CaseTable.read("normalize-seeds.tsv");

    @TestFactory
    Stream<DynamicTest> wholeExcerpts() {
        return SEEDS.rows().stream().flatMap(row -> Stream.of(LineBreaks.values()).map(policy -> DynamicTest.dynamicTest(
                row.get(0) + " " + policy, () -> check(row.get(2), policy, row.get(0) + " " + policy))));
    }

    @TestFactory
    Stream<DynamicTest> everyLine() {
        return SEEDS.rows().stream().map(row -> DynamicTest.dynamicTest(row.get(0) + " line by line", () -> {
            String[] lines = row.get(2).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (LineBreaks policy : LineBreaks.values()) {
                    check(lines[i], policy, row.get(0) + " line " + (i + 1) + " " + policy);
                }
            }
        }));
    }

    private static void check(String raw, LineBreaks policy, String context) {
        List<NormalizedText> segments = NORMALIZER.normalize(raw, policy);
        MappingInvariants.check(raw, segments, context);
        for (NormalizedText segment : segments) {
            MappingInvariants.checkIdempotent(NORMALIZER, segment, policy, context);
            assertClean(segment.text(), context);
        }
    }

    private static void assertClean(String text, String context) {
        String where = context + ": \"" + text + "\"";
        assertFalse(text.contains("[bookmark"), where);
        assertFalse(text.startsWith(" ") || text.endsWith(" "), where);
        assertFalse(text.contains("  "), where);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertFalse(c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)), where + " has U+"
                    + Integer.toHexString(c));
            assertFalse(c >= '０' && c <= '９' || c == '％' || c == '＜' || c == '＝' || c == '＋', where);
            if (c == ' ') {
                assertTrue(!isCjk(text.charAt(i - 1)) && !isCjk(text.charAt(i + 1)), where + " has a space next to CJK at " + i);
            }
        }
    }

    private static boolean isCjk(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || c == '“' || c == '”';
    }
}
