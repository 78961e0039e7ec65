package org.fiscalextract.extractor.recognize;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * The characters a non-empty match of a rule can start with, read off the rule's regex
 * ({@link RegexChars}): its literals, classes, alternatives and optional parts, a leading
 * lookahead {@code (?=[…])} narrowing them. One character checked in Java costs far less than
 * starting the regex engine, which every try does (about 100 ns even for a trivial pattern).
 */
final class FirstChars {
    private static final FirstChars ANY = new FirstChars(null);

    private final BitSet chars; // null: any character

    private FirstChars(BitSet chars) {
        this.chars = chars;
    }

    static FirstChars of(Pattern pattern) {
        return of(RegexChars.of(pattern));
    }

    static FirstChars of(RegexChars chars) {
        return chars.first() == null ? ANY : new FirstChars(chars.first());
    }

    boolean mayStart(char c) {
        return chars == null || chars.get(c);
    }

    /** Whether every character may start a match (the rule must be tried everywhere). */
    boolean isAny() {
        return chars == null;
    }
}
