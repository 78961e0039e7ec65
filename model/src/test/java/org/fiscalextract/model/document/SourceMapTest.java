package org.fiscalextract.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SourceMapTest {

    @Test
    void slicesLeadBackToTheSourceText() {
        // canonical "95.24%" came from the full-width "９５.２４％" at source offsets 3..9
        String source = "执行率９５.２４％。";
        int[] start = {3, 4, 5, 6, 7, 8};
        int[] end = {4, 5, 6, 7, 8, 9};
        SourceMap map = new SourceMap(source, start, end);
        assertEquals("９５.２４％", map.sourceSlice(0, 6));
        assertEquals("２４", map.sourceSlice(3, 5));
        assertEquals("", map.sourceSlice(2, 2));
    }

    @Test
    void identityMapsEachCharToItself() {
        SourceMap map = SourceMap.identity("预算执行率");
        assertEquals("执行", map.sourceSlice(2, 4));
        assertEquals(5, map.sourceEnd(5));
    }

    @Test
    void rejectsStretchesOutsideTheSource() {
        assertThrows(IllegalArgumentException.class, () -> new SourceMap("ab", new int[] {0}, new int[] {3}));
    }
}
