package org.fiscalextract.app;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * A map from long keys to long values in two arrays, 16 bytes an entry, for indexes that hold
 * one entry per content of a run: a HashMap of boxed keys and values costs several times that.
 * A key may hold several values (two SHA-256 sharing their first 8 bytes); {@link #find} lets
 * the caller tell them apart.
 */
final class LongTable {
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[64];
    private long[] values = new long[64];
    private int size;

    LongTable() {
        Arrays.fill(values, EMPTY);
    }

    int size() {
        return size;
    }

    /** Adds a value under {@code key}; {@code value} must not be {@link Long#MIN_VALUE}. */
    void put(long key, long value) {
        if (value == EMPTY) {
            throw new IllegalArgumentException("reserved value");
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(keys, values, key, value);
        size++;
    }

    /** The first value under {@code key} that {@code accept} takes, or {@link Long#MIN_VALUE}. */
    long find(long key, LongPredicate accept) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); values[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key && accept.test(values[i])) {
                return values[i];
            }
        }
        return EMPTY;
    }

    boolean contains(long key) {
        return find(key, v -> true) != EMPTY;
    }

    static boolean found(long value) {
        return value != EMPTY;
    }

    private void grow() {
        long[] k = new long[keys.length * 2];
        long[] v = new long[keys.length * 2];
        Arrays.fill(v, EMPTY);
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != EMPTY) {
                insert(k, v, keys[i], values[i]);
            }
        }
        keys = k;
        values = v;
    }

    private static void insert(long[] keys, long[] values, long key, long value) {
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (values[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = value;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
