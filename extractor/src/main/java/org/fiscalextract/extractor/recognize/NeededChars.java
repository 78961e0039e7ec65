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
    private static final NeededChars NONE = new NeededChars(null, null);

    /** Characters a match can hold before its first needed one; null: nothing is known. */
    private final BitSet passes;
    private final BitSet needed;

    private NeededChars(BitSet passes, BitSet needed) {
        this.passes = passes;
        this.needed = needed;
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
        return new NeededChars(passes, chars.needed());
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

    /** Whether a match may start where a walk stopped at {@code stop}, and end by {@code end}; false only where none can. */
    boolean reaches(String text, int stop, int end) {
        return passes == null || stop < end && needed.get(text.charAt(stop));
    }
}
