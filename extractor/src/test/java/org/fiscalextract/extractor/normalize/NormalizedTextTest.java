package org.fiscalextract.extractor.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void rejectsArraysOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> new NormalizedText("ab", new int[] {0}, new int[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> new NormalizedText("ab", new int[] {0, 1}, new int[] {1}));
        assertThrows(NullPointerException.class, () -> new NormalizedText(null, new int[0], new int[0]));
    }

    @Test
    void rejectsStretchesOutOfOrderOrInsideOut() {
        assertThrows(IllegalArgumentException.class, () -> new NormalizedText("ab", new int[] {1, 0}, new int[] {2, 1}));
        assertThrows(IllegalArgumentException.class, () -> new NormalizedText("ab", new int[] {0, 1}, new int[] {2, 2}));
        assertThrows(IllegalArgumentException.class, () -> new NormalizedText("a", new int[] {2}, new int[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new NormalizedText("a", new int[] {-1}, new int[] {0}));
    }

    @Test
    void copiesItsArrays() {
        int[] start = {0, 2};
        int[] end = {1, 3};
        NormalizedText t = new NormalizedText("ab", start, end);
        start[0] = 9;
        t.sourceEnd()[1] = 9;
        assertArrayEquals(new int[] {0, 2}, t.sourceStart());
        assertArrayEquals(new int[] {1, 3}, t.sourceEnd());
    }

    @Test
    void equalsComparesContents() {
        NormalizedText a = new NormalizedText("ab", new int[] {0, 2}, new int[] {1, 3});
        NormalizedText b = new NormalizedText("ab", new int[] {0, 2}, new int[] {1, 3});
        NormalizedText c = new NormalizedText("ab", new int[] {0, 1}, new int[] {1, 2});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, c);
    }

    @Test
    void toStringShowsTextAndMergedStretches() {
        NormalizedText t = new NormalizedText("执行率95%", new int[] {0, 1, 2, 4, 5, 6}, new int[] {1, 2, 3, 5, 6, 7});
        assertEquals("NormalizedText[\"执行率95%\" ← [0,3)[4,7)]", t.toString());
        assertEquals("NormalizedText[\"\" ← nothing]", NormalizedText.empty().toString());
    }

    @Test
    void sourceSpanCoversARange() {
        NormalizedText t = new NormalizedText("a b", new int[] {0, 1, 4}, new int[] {1, 4, 5});
        assertEquals(new NormalizedText.Span(0, 5), t.sourceSpan(0, 3));
        assertEquals(new NormalizedText.Span(1, 4), t.sourceSpan(1, 2));
        assertEquals(new NormalizedText.Span(4, 4), t.sourceSpan(2, 2));
        assertEquals(new NormalizedText.Span(5, 5), t.sourceSpan(3, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> t.sourceSpan(2, 4));
    }
}
