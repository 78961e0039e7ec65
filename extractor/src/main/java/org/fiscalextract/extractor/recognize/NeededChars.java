package org.fiscalextract.extractor.recognize;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * Where a rule cannot match, told without the regex engine: every match holds one of the rule's
 * needed characters (元 for money, % or 百 for a rate), and before the first of them only
 * characters the rule can hold at all ({@link RegexChars}). So a try at p can succeed only if,
 * walking on from p over such characters, one reaches a needed character before the end of the
 * region. Almost every number in a report is followed by no unit of a given rule (2023年, 98%
 * for money): one walk over its digits then replaces a try, which costs a matcher reset (of
 * every group) and a run of the number's sub-patterns.
 */
final class NeededChars {
    private static final NeededChars NONE = new NeededChars(null, null, null, 0);
    /** How far a try looks for characters the rule cannot hold: a few, to stay linear. */
    private static final int MAX_SHORTEST = 32;

    /** Characters a match can hold before its first needed one; null: nothing is known. */
    private final BitSet passes;
    private final BitSet needed;
    /** Every character a match can hold; null: any. */
    private final BitSet holds;
    private final int shortest;

    private NeededChars(BitSet passes, BitSet needed, BitSet holds, int shortest) {
        this.passes = passes;
        this.needed = needed;
        this.holds = holds;
        this.shortest = shortest;
    }

    static NeededChars of(Pattern pattern) {
        return of(RegexChars.of(pattern));
    }

    static NeededChars of(RegexChars chars) {
        if (chars.needed() == null || chars.needed().isEmpty()) {
            return NONE;
        }
        BitSet passes = new BitSet(Character.MAX_VALUE + 1);
        if (chars.all() == null) {
            passes.set(0, Character.MAX_VALUE + 1);
        } else {
            passes.or(chars.all());
        }
        passes.andNot(chars.needed());
        return new NeededChars(passes, chars.needed(), chars.all(), Math.min(chars.shortest(), MAX_SHORTEST));
    }

    /**
     * Where a walk from {@code p} stops: at the first character that is needed, or that no match
     * holds, or at the end of the text. A walk from any later position up to there stops there
     * too, so a caller trying increasing positions walks again only once past it.
     */
    int stop(String text, int p) {
        if (passes == null) {
            return p;
        }
        int stop = p;
        while (stop < text.length() && passes.get(text.charAt(stop))) {
            stop++;
        }
        return stop;
    }

    /**
     * Whether a match may start at {@code p}, whose walk stopped at {@code stop}, and end by
     * {@code end}; false only where none can. It holds a needed character, and is no shorter than
     * the rule's shortest match, all of whose characters it can hold (a run of 15 digits for a
     * long number, 11 characters for a phone number).
     */
    boolean reaches(String text, int p, int stop, int end) {
        if (passes == null) {
            return true;
        }
        if (stop >= end || !needed.get(text.charAt(stop)) || p + shortest > end) {
            return false;
        }
        for (int q = stop + 1; q < p + shortest; q++) { // up to stop, the walk saw only such characters
            if (holds != null && !holds.get(text.charAt(q))) {
                return false;
            }
        }
        return true;
    }
}
