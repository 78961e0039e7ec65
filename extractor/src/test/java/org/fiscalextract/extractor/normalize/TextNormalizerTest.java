package org.fiscalextract.extractor.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The public contract of {@link TextNormalizer} beyond the case table. */
class TextNormalizerTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    @Test
    void joinAlwaysGivesExactlyOneSegment() {
        for (String raw : List.of("", "\n", " \u3000\t", "[bookmark: _GoBack]", "a\n\nb\n\n\nc")) {
            assertEquals(1, NORMALIZER.normalize(raw, LineBreaks.JOIN).size(), raw);
        }
        assertEquals(NormalizedText.empty(), NORMALIZER.normalize("", LineBreaks.JOIN).get(0));
    }

    @Test
    void otherPoliciesGiveNoEmptySegments() {
        for (LineBreaks policy : List.of(LineBreaks.PARAGRAPHS, LineBreaks.EACH_LINE)) {
            assertEquals(List.of(), NORMALIZER.normalize("", policy));
            assertEquals(List.of(), NORMALIZER.normalize("\n \n\u3000\n[bookmark: _Toc1]\n", policy));
        }
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class, () -> NORMALIZER.normalize(null, LineBreaks.JOIN));
        assertThrows(NullPointerException.class, () -> NORMALIZER.normalize("a", null));
    }

    @Test
    void resultIsUnmodifiable() {
        List<NormalizedText> result = NORMALIZER.normalize("a\nb", LineBreaks.EACH_LINE);
        assertThrows(UnsupportedOperationException.class, () -> result.add(NormalizedText.empty()));
    }

    @Test
    void longLinesAndBlocksGrowTheBuffers() {
        String line = "预算执行率 95.24%，Apache Tika ".repeat(2_000);
        String raw = (line + "\n").repeat(5);
        NormalizedText joined = NORMALIZER.normalize(raw, LineBreaks.JOIN).get(0);
        MappingInvariants.check(raw, List.of(joined), "long block");
        assertEquals("预算执行率95.24%，Apache Tika".repeat(5 * 2_000), joined.text());
        assertEquals(5, NORMALIZER.normalize(raw, LineBreaks.EACH_LINE).size());
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        String raw = "[bookmark: _Toc1]（一）预算执行率 95.24%，\n共 312395.8 万\n元。\n\n　　Apache\nTika １２．５％";
        List<NormalizedText> expected = NORMALIZER.normalize(raw, LineBreaks.PARAGRAPHS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        if (!NORMALIZER.normalize(raw, LineBreaks.PARAGRAPHS).equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertEquals(true, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
