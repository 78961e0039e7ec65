package org.fiscalextract.extractor.link;

import org.fiscalextract.extractor.data.DataFile;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@code label-words.tsv}: what the label finder skips, stops at, where a
 * clause ends, and which lead words make an unlabelled number inherit the label before it.
 */
record LabelWords(Set<String> skip, Set<String> stop, Set<String> verbs, String boundaries,
                  Map<String, String> inherit) {

    static LabelWords load() {
        Set<String> skip = new HashSet<>();
        Set<String> stop = new HashSet<>();
        Set<String> verbs = new HashSet<>();
        Map<String, String> inherit = new HashMap<>();
        StringBuilder boundaries = new StringBuilder("\n\t");
        List<String[]> rows = DataFile.table(FactExtractor.class, "label-words.tsv").rows(2);
        for (String[] row : rows) {
            List<String> words = Arrays.asList(row[1].trim().split("\\s+"));
            switch (row[0]) {
                case "skip" -> skip.addAll(words);
                case "stop" -> stop.addAll(words);
                case "verb" -> verbs.addAll(words);
                case "boundary" -> boundaries.append(row[1].trim());
                case "inherit" -> words.forEach(w -> {
                    String[] pair = w.split("=", 2);
                    inherit.put(pair[0], pair.length == 2 ? pair[1] : "");
                });
                default -> throw new IllegalStateException("label-words.tsv: unknown role " + row[0]);
            }
        }
        return new LabelWords(Set.copyOf(skip), Set.copyOf(stop), Set.copyOf(verbs), boundaries.toString(),
                Map.copyOf(inherit));
    }

    boolean isBoundary(char c) {
        return boundaries.indexOf(c) >= 0;
    }
}
