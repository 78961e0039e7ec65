package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LongTableTest {

    @ParameterizedTest(name = "key {0}: value {1}")
    @CsvSource({
            // key, value found (MIN: none)
            "1, 10",
            "-1, 20",
            "0, 30",
            "9223372036854775807, 40",
            "2, -9223372036854775808", // never put
            "-9223372036854775808, -9223372036854775808", // never put: MIN is a key like any other
    })
    void findsWhatWasPutAndNothingElse(long key, long expected) {
        LongTable table = new LongTable();
        table.put(1, 10);
        table.put(-1, 20);
        table.put(0, 30);
        table.put(Long.MAX_VALUE, 40);
        assertEquals(expected, table.find(key, v -> true));
        assertEquals(LongTable.found(expected), table.contains(key));
    }

    @Test
    void aKeyHoldsSeveralValuesAndTheCallerPicks() {
        LongTable table = new LongTable();
        table.put(7, 1);
        table.put(7, 2);
        table.put(8, 3);
        assertEquals(2, table.find(7, v -> v == 2));
        assertEquals(1, table.find(7, v -> v == 1));
        assertFalse(LongTable.found(table.find(7, v -> v == 3)), "3 is under 8, not 7");
        assertEquals(3, table.size());
    }

    @Test
    void keepsEveryEntryAcrossGrowth() {
        LongTable table = new LongTable();
        Map<Long, Long> expected = new HashMap<>();
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            long key = random.nextLong();
            if (!expected.containsKey(key)) {
                expected.put(key, (long) i);
                table.put(key, i);
            }
        }
        assertEquals(expected.size(), table.size());
        expected.forEach((k, v) -> assertEquals(v, table.find(k, x -> true)));
        assertFalse(table.contains(random.nextLong()));
    }

    @Test
    void theEmptyMarkerIsNoValue() {
        assertThrows(IllegalArgumentException.class, () -> new LongTable().put(1, Long.MIN_VALUE));
        assertTrue(LongTable.found(0));
    }
}
