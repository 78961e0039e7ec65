package org.fiscalextract.extractor.recognize;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a rule's match can start with, read off the rule's leading one-character
 * lookahead {@code (?=[…])}, which may follow inline flags such as {@code (?m)} and the groups a
 * fragment expands to. Any character when there is none, or when an alternative or an optional
 * group could start the match elsewhere. One character checked in Java costs far less than
 * starting the regex engine, which every attempt does (about 100 ns even for a trivial pattern).
 */
final class FirstChars {
    private static final Pattern LEAD = Pattern.compile("^(?:\\(\\?[a-zA-Z]+\\))*(?:\\(\\?:|\\(\\?<[a-zA-Z][a-zA-Z0-9]*>)*\\(\\?=\\[");

    private final BitSet chars; // null: any character

    private FirstChars(BitSet chars) {
        this.chars = chars;
    }

    static FirstChars of(Pattern pattern) {
        String regex = pattern.pattern();
        Matcher lead = LEAD.matcher(regex);
        if (!lead.find() || lead.end() >= regex.length() || regex.charAt(lead.end()) == '^'
                || branches(regex, lead.end() - "(?=[".length())) {
            return new FirstChars(null);
        }
        BitSet set = new BitSet();
        int i = lead.end();
        while (i < regex.length() && regex.charAt(i) != ']') {
            char c = regex.charAt(i);
            if (c == '\\' || c == '[' || Character.isSurrogate(c)) {
                if (c != '\\' || i + 1 >= regex.length() || Character.isLetterOrDigit(regex.charAt(i + 1))) {
                    return new FirstChars(null); // a class like \d or a nested one: do not guess
                }
                c = regex.charAt(++i);
            }
            if (i + 2 < regex.length() && regex.charAt(i + 1) == '-' && regex.charAt(i + 2) != ']') {
                set.set(c, regex.charAt(i + 2) + 1);
                i += 3;
            } else {
                set.set(c);
                i++;
            }
        }
        boolean closed = i + 1 < regex.length() && regex.charAt(i + 1) == ')';
        return new FirstChars(closed ? set : null);
    }

    /**
     * Whether the match could start other than at the lookahead at {@code lookahead}: a {@code |}
     * in the pattern's top level or in a group enclosing the lookahead, or such a group optional.
     */
    private static boolean branches(String regex, int lookahead) {
        int depth = 0; // groups opened before the lookahead and not yet closed
        int enclosing = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == '(') {
                depth++;
                if (i < lookahead) {
                    enclosing = depth;
                }
            } else if (c == ')') {
                if (depth <= enclosing && i > lookahead && optional(regex, i + 1)) {
                    return true;
                }
                depth--;
                enclosing = Math.min(enclosing, depth);
            } else if (c == '|' && depth <= enclosing) {
                return true;
            }
        }
        return false;
    }

    private static boolean optional(String regex, int at) {
        return at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '*'
                || regex.startsWith("{0", at));
    }

    /** The index of the ] that closes the class opened at {@code open}, nested classes included. */
    private static int classEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return regex.length();
    }

    boolean mayStart(char c) {
        return chars == null || chars.get(c);
    }
}
