package org.fiscalextract.spark;

import java.util.Comparator;
import java.util.List;

/**
 * The order the command line reads a folder in (its InputCollector): by path inside the folder,
 * name by name, so {@code a/z.txt} comes before {@code a.txt}. Duplicate contents are credited
 * to the first file in this order, and the comparison lists documents in it.
 */
final class InputOrder {
    static final Comparator<List<String>> BY_PATH = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private InputOrder() {
    }
}
