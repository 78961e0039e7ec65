package org.fiscalextract.extractor.recognize;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Picks, from overlapping candidates of all dimensions, the ones to keep: nothing that overlaps
 * a claim (a year, a code), then the longest candidate first (十亿3000万元 over 3000万元), ties
 * going to the recognizer listed first. Kept mentions never overlap and come back in text order.
 */
final class MentionResolver {
    private MentionResolver() {
    }

    /**
     * @param priority for each candidate, its recognizer's rank: lower wins a tie
     */
    static List<Mention> resolve(List<Mention> candidates, int[] priority, List<Claim> claims) {
        BitSet claimed = new BitSet();
        for (Claim c : claims) {
            claimed.set(c.start(), c.end());
        }
        List<Integer> order = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            if (!taken(claimed, candidates.get(i))) {
                order.add(i);
            }
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -candidates.get(i).length())
                .thenComparingInt(i -> priority[i])
                .thenComparingInt(i -> candidates.get(i).start())
                .thenComparingInt(i -> i));
        BitSet occupied = new BitSet();
        List<Mention> kept = new ArrayList<>();
        for (int i : order) {
            Mention m = candidates.get(i);
            if (!taken(occupied, m)) {
                occupied.set(m.start(), m.end());
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    private static boolean taken(BitSet bits, Mention m) {
        int next = bits.nextSetBit(m.start());
        return next >= 0 && next < m.end();
    }
}
