package org.fiscalextract.extractor.docfacts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of a fixed set of words in one pass over a text (Aho–Corasick), in time
 * linear in the text plus the number of occurrences. Immutable once built; safe to share.
 */
final class AhoCorasick {
    /** One occurrence: word number {@code word} at {@code [start, end)}. */
    record Hit(int word, int start, int end) {
    }

    private final List<String> words;
    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final int[] fail;
    private final int[][] output;

    AhoCorasick(List<String> words) {
        this.words = List.copyOf(words);
        List<List<Integer>> out = new ArrayList<>();
        next.add(new HashMap<>());
        out.add(new ArrayList<>());
        for (int w = 0; w < this.words.size(); w++) {
            String word = this.words.get(w);
            if (word.isEmpty()) {
                throw new IllegalArgumentException("empty word");
            }
            int node = 0;
            for (int i = 0; i < word.length(); i++) {
                Integer child = next.get(node).get(word.charAt(i));
                if (child == null) {
                    child = next.size();
                    next.get(node).put(word.charAt(i), child);
                    next.add(new HashMap<>());
                    out.add(new ArrayList<>());
                }
                node = child;
            }
            out.get(node).add(w);
        }
        fail = new int[next.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : next.get(0).values()) {
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (Map.Entry<Character, Integer> e : next.get(node).entrySet()) {
                int child = e.getValue();
                int f = fail[node];
                while (f != 0 && !next.get(f).containsKey(e.getKey())) {
                    f = fail[f];
                }
                Integer target = next.get(f).get(e.getKey());
                fail[child] = target != null && target != child ? target : 0;
                out.get(child).addAll(out.get(fail[child]));
                queue.add(child);
            }
        }
        output = new int[out.size()][];
        for (int i = 0; i < output.length; i++) {
            output[i] = out.get(i).stream().mapToInt(Integer::intValue).toArray();
            Arrays.sort(output[i]);
        }
        for (int i = 0; i < next.size(); i++) {
            next.set(i, Map.copyOf(next.get(i)));
        }
    }

    /** Every occurrence in {@code text}, ordered by end, then by start. */
    List<Hit> find(CharSequence text) {
        List<Hit> hits = new ArrayList<>();
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            while (node != 0 && !next.get(node).containsKey(c)) {
                node = fail[node];
            }
            Integer child = next.get(node).get(c);
            node = child == null ? 0 : child;
            int[] words = output[node];
            for (int k = words.length - 1; k >= 0; k--) {
                int w = words[k];
                hits.add(new Hit(w, i + 1 - this.words.get(w).length(), i + 1));
            }
        }
        hits.sort((a, b) -> a.end() != b.end() ? Integer.compare(a.end(), b.end()) : Integer.compare(a.start(), b.start()));
        return hits;
    }
}
