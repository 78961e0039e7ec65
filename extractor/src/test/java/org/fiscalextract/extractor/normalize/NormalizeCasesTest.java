package org.fiscalextract.extractor.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The table {@code cases/normalize.tsv}: {@code policy, input, expected, note}. Policy
 * {@code *} means the row holds for all three {@link LineBreaks} (for an empty expected text:
 * JOIN gives one empty segment, the others none). Expected segments are separated by
 * {@code " ¦ "}. Every row is also checked for the mapping invariants and idempotence.
 */
class NormalizeCasesTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final CaseTable TABLE = CaseTable.read("normalize.tsv");
    private static final String SEPARATOR = " ¦ ";

    @TestFactory
    Stream<DynamicTest> cases() {
        return TABLE.rows().stream().flatMap(row -> policies(row).stream().map(policy -> DynamicTest.dynamicTest(
                "line " + row.line() + " " + policy + ": " + row.written(3),
                () -> check(row, policy))));
    }

    private static void check(CaseTable.Row row, LineBreaks policy) {
        String input = row.get(1);
        String context = TABLE.name() + ":" + row.line() + " " + policy;
        List<NormalizedText> actual = NORMALIZER.normalize(input, policy);
        assertEquals(expected(row.get(2), policy), actual.stream().map(NormalizedText::text).toList(), context);
        MappingInvariants.check(input, actual, context);
        for (NormalizedText segment : actual) {
            MappingInvariants.checkIdempotent(NORMALIZER, segment, policy, context);
        }
    }

    private static List<String> expected(String cell, LineBreaks policy) {
        if (cell.isEmpty()) {
            return policy == LineBreaks.JOIN ? List.of("") : List.of();
        }
        return Arrays.asList(cell.split(SEPARATOR, -1));
    }

    private static Set<LineBreaks> policies(CaseTable.Row row) {
        String policy = row.get(0);
        return policy.equals("*") ? EnumSet.allOf(LineBreaks.class) : EnumSet.of(LineBreaks.valueOf(policy));
    }

    @Test
    void tableIsWellFormedAndBroad() {
        assertEquals(List.of("policy", "input", "expected", "note"), TABLE.header());
        assertTrue(TABLE.rows().size() >= 60, "at least 60 rows, found " + TABLE.rows().size());
        List<String> unchanged = new ArrayList<>();
        EnumSet<LineBreaks> seen = EnumSet.noneOf(LineBreaks.class);
        for (CaseTable.Row row : TABLE.rows()) {
            seen.addAll(policies(row));
            assertTrue(!row.get(3).isBlank(), "row " + row.line() + " needs a note");
            if (!row.get(1).isEmpty() && row.get(1).equals(row.get(2))) {
                unchanged.add(row.get(1));
            }
        }
        assertEquals(EnumSet.allOf(LineBreaks.class), seen);
        assertTrue(unchanged.size() >= 15, "negative rows (input kept as is): " + unchanged);
    }
}
