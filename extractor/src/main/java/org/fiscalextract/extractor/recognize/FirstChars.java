package org.fiscalextract.extractor.recognize;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * The characters a non-empty match of a rule can start with, read off the rule's regex: its
 * literals, classes, alternatives and optional parts, a leading lookahead {@code (?=[…])}
 * narrowing them. Any character wherever the regex holds what this reading does not follow
 * (\p{…}, negated or nested classes, case-insensitive flags, back-references): a set too small
 * would lose matches silently, one too large only costs a try. One character checked in Java
 * costs far less than starting the regex engine, which every try does (about 100 ns even for a
 * trivial pattern).
 */
final class FirstChars {
    private static final FirstChars ANY = new FirstChars(null);
    /** What \d and \s match, without and with UNICODE_CHARACTER_CLASS (the rule files' flag: ０-９, U+3000). */
    private static final BitSet[] DIGIT = {matching("\\d", 0), matching("\\d", Pattern.UNICODE_CHARACTER_CLASS)};
    private static final BitSet[] SPACE = {matching("\\s", 0), matching("\\s", Pattern.UNICODE_CHARACTER_CLASS)};

    private final BitSet chars; // null: any character

    private FirstChars(BitSet chars) {
        this.chars = chars;
    }

    static FirstChars of(Pattern pattern) {
        if ((pattern.flags() & (Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return ANY;
        }
        try {
            int unicode = (pattern.flags() & Pattern.UNICODE_CHARACTER_CLASS) != 0 ? 1 : 0;
            Parser parser = new Parser(pattern.pattern(), DIGIT[unicode], SPACE[unicode]);
            Part whole = parser.alternatives();
            return parser.at < parser.regex.length() || whole.chars == null ? ANY : new FirstChars(whole.chars);
        } catch (Unsure e) {
            return ANY;
        }
    }

    boolean mayStart(char c) {
        return chars == null || chars.get(c);
    }

    /** Whether every character may start a match (the rule must be tried everywhere). */
    boolean isAny() {
        return chars == null;
    }

    /** A part of a regex: the characters its non-empty matches start with (null: any), and whether it can match empty. */
    private record Part(BitSet chars, boolean empty) {
        static final Part NOTHING = new Part(new BitSet(), true);

        /** This part, then {@code next}. */
        Part then(Part next) {
            if (!empty) {
                return this;
            }
            return new Part(union(chars, next.chars), next.empty);
        }

        Part or(Part other) {
            return new Part(union(chars, other.chars), empty || other.empty);
        }

        private static BitSet union(BitSet a, BitSet b) {
            if (a == null || b == null) {
                return null;
            }
            BitSet u = (BitSet) a.clone();
            u.or(b);
            return u;
        }
    }

    /** Thrown where the regex holds a construct this reading does not follow. */
    private static final class Unsure extends RuntimeException {
        Unsure() {
            super(null, null, false, false);
        }
    }

    /** A recursive reading of the regex syntax the rule files use. */
    private static final class Parser {
        final String regex;
        private final BitSet digit;
        private final BitSet space;
        int at;

        Parser(String regex, BitSet digit, BitSet space) {
            this.regex = regex;
            this.digit = digit;
            this.space = space;
        }

        Part alternatives() {
            Part part = sequence();
            while (at < regex.length() && regex.charAt(at) == '|') {
                at++;
                part = part.or(sequence());
            }
            return part;
        }

        private Part sequence() {
            Part part = Part.NOTHING;
            BitSet ahead = null; // a leading lookahead's class, narrowing what follows
            boolean leading = true;
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                if (leading && regex.startsWith("(?=[", at)) {
                    int start = at;
                    at += 3;
                    BitSet cls = classSet();
                    if (at < regex.length() && regex.charAt(at) == ')') {
                        at++;
                        if (cls != null) {
                            ahead = ahead == null ? cls : intersect(ahead, cls);
                        }
                        continue;
                    }
                    at = start; // a lookahead of more than one class: read it as any other group
                }
                Part item = quantified(atom());
                leading &= item.empty() && item.chars() != null && item.chars().isEmpty(); // zero-width so far
                part = part.then(item);
            }
            if (ahead == null) {
                return part;
            }
            return new Part(part.chars() == null ? ahead : intersect(part.chars(), ahead), part.empty());
        }

        private Part quantified(Part atom) {
            if (at >= regex.length()) {
                return atom;
            }
            char c = regex.charAt(at);
            boolean optional;
            if (c == '?' || c == '*') {
                optional = true;
                at++;
            } else if (c == '+') {
                optional = false;
                at++;
            } else if (c == '{') {
                int close = regex.indexOf('}', at);
                if (close < 0) {
                    throw new Unsure();
                }
                String min = regex.substring(at + 1, close).split(",", -1)[0].trim();
                optional = min.equals("0");
                at = close + 1;
            } else {
                return atom;
            }
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++; // lazy or possessive: the same characters
            }
            return optional ? new Part(atom.chars(), true) : atom;
        }

        private Part atom() {
            char c = regex.charAt(at);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    return new Part(classSet(), false);
                }
                case '\\' -> {
                    return escape();
                }
                case '.' -> {
                    at++;
                    return new Part(null, false);
                }
                case '^', '$' -> {
                    at++;
                    return Part.NOTHING;
                }
                default -> {
                    if (Character.isSurrogate(c)) {
                        throw new Unsure();
                    }
                    at++;
                    return new Part(single(c), false);
                }
            }
        }

        private Part group() {
            at++; // (
            boolean zeroWidth = false;
            if (regex.startsWith("?", at)) {
                if (regex.startsWith("?:", at) || regex.startsWith("?>", at)) {
                    at += 2;
                } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
                    at += 2;
                    zeroWidth = true;
                } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                    at += 3;
                    zeroWidth = true;
                } else if (regex.startsWith("?<", at)) {
                    int close = regex.indexOf('>', at);
                    if (close < 0) {
                        throw new Unsure();
                    }
                    at = close + 1;
                } else {
                    return flags();
                }
            }
            Part inside = alternatives();
            if (at >= regex.length() || regex.charAt(at) != ')') {
                throw new Unsure();
            }
            at++;
            return zeroWidth ? Part.NOTHING : inside;
        }

        /** (?m), (?s) or (?m:…): zero-width, or a group; any other flag changes what matches. */
        private Part flags() {
            int i = at + 1;
            while (i < regex.length() && (regex.charAt(i) == 'm' || regex.charAt(i) == 's' || regex.charAt(i) == 'd')) {
                i++;
            }
            if (i == at + 1 || i >= regex.length()) {
                throw new Unsure();
            }
            if (regex.charAt(i) == ')') {
                at = i + 1;
                return Part.NOTHING;
            }
            if (regex.charAt(i) != ':') {
                throw new Unsure();
            }
            at = i + 1;
            Part inside = alternatives();
            if (at >= regex.length() || regex.charAt(at) != ')') {
                throw new Unsure();
            }
            at++;
            return inside;
        }

        private Part escape() {
            if (at + 1 >= regex.length()) {
                throw new Unsure();
            }
            char e = regex.charAt(at + 1);
            at += 2;
            return switch (e) {
                case 'd' -> new Part(digit, false);
                case 's' -> new Part(space, false);
                case 't' -> new Part(single('\t'), false);
                case 'n' -> new Part(single('\n'), false);
                case 'r' -> new Part(single('\r'), false);
                case 'f' -> new Part(single('\f'), false);
                case 'u' -> new Part(single(hex()), false);
                case 'b', 'B', 'A', 'z', 'Z', 'G' -> Part.NOTHING;
                case 'p', 'P' -> {
                    if (at < regex.length() && regex.charAt(at) == '{') {
                        int close = regex.indexOf('}', at);
                        if (close < 0) {
                            throw new Unsure();
                        }
                        at = close + 1;
                    } else {
                        at++;
                    }
                    yield new Part(null, false);
                }
                default -> {
                    if (Character.isLetterOrDigit(e)) {
                        yield new Part(null, true); // \w, \D, a back-reference …: anything, maybe nothing
                    }
                    yield new Part(single(e), false);
                }
            };
        }

        /** A class [...]: its characters, or null (any) for one this reading does not follow (\p{…}, [^…], nested); at stands after its ]. */
        private BitSet classSet() {
            int open = at;
            try {
                return simpleClass();
            } catch (Unsure e) {
                at = classEnd(open) + 1;
                return null;
            }
        }

        /** The index of the ] that closes the class opened at {@code open}, nested classes included. */
        private int classEnd(int open) {
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
            throw new Unsure();
        }

        /** A class of characters, ranges and the escapes above. */
        private BitSet simpleClass() {
            at++; // [
            if (at < regex.length() && regex.charAt(at) == '^') {
                throw new Unsure();
            }
            BitSet set = new BitSet();
            while (at < regex.length() && regex.charAt(at) != ']') {
                char c = regex.charAt(at);
                if (c == '[' || regex.startsWith("&&", at)) {
                    throw new Unsure();
                }
                BitSet one;
                char single;
                if (c == '\\') {
                    if (at + 1 >= regex.length()) {
                        throw new Unsure();
                    }
                    char e = regex.charAt(at + 1);
                    at += 2;
                    if (e == 'd') {
                        set.or(digit);
                        continue;
                    } else if (e == 's') {
                        set.or(space);
                        continue;
                    } else if (e == 'u') {
                        single = hex();
                    } else if (e == 't') {
                        single = '\t';
                    } else if (e == 'n') {
                        single = '\n';
                    } else if (e == 'r') {
                        single = '\r';
                    } else if (Character.isLetterOrDigit(e)) {
                        throw new Unsure();
                    } else {
                        single = e;
                    }
                } else {
                    if (Character.isSurrogate(c)) {
                        throw new Unsure();
                    }
                    single = c;
                    at++;
                }
                if (at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                    char to = regex.charAt(at + 1);
                    if (to == '\\' || to == '[' || Character.isSurrogate(to) || to < single) {
                        throw new Unsure();
                    }
                    one = range(single, to);
                    at += 2;
                } else {
                    one = single(single);
                }
                set.or(one);
            }
            if (at >= regex.length()) {
                throw new Unsure();
            }
            at++; // ]
            return set;
        }

        private char hex() {
            if (at + 4 > regex.length()) {
                throw new Unsure();
            }
            try {
                char c = (char) Integer.parseInt(regex.substring(at, at + 4), 16);
                at += 4;
                return c;
            } catch (NumberFormatException e) {
                throw new Unsure();
            }
        }
    }

    private static BitSet single(char c) {
        BitSet set = new BitSet();
        set.set(c);
        return set;
    }

    private static BitSet range(char from, char to) {
        BitSet set = new BitSet();
        set.set(from, to + 1);
        return set;
    }

    /** The characters a one-character regex matches under the given flags. */
    private static BitSet matching(String regex, int flags) {
        java.util.regex.Matcher m = Pattern.compile(regex, flags).matcher("");
        BitSet set = new BitSet();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (m.reset(String.valueOf((char) c)).matches()) {
                set.set(c);
            }
        }
        return set;
    }

    private static BitSet intersect(BitSet a, BitSet b) {
        BitSet i = (BitSet) a.clone();
        i.and(b);
        return i;
    }
}
