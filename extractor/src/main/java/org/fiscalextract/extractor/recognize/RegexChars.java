package org.fiscalextract.extractor.recognize;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a rule's regex says about the characters of its matches, read off its syntax: the
 * characters a non-empty match can start with ({@link FirstChars}), every character a match can
 * hold, a set of characters every match holds one of, and the length of the shortest match
 * ({@link NeededChars}). Lookarounds
 * hold nothing (they consume nothing), except that a leading lookahead {@code (?=[…])} narrows
 * the first characters. Where the regex holds what this reading does not follow (\p{…},
 * negated or nested classes, case-insensitive flags, back-references) a set widens to any
 * character, or the needed set to none: a set too small would lose matches silently, one too
 * large only costs a try.
 *
 * @param first  the characters a non-empty match starts with; null: any
 * @param all    every character a match can hold; null: any
 * @param needed characters every match holds at least one of; null: none known
 * @param shortest how many characters every match holds at least (lookarounds and what this
 *                 reading does not follow count none)
 */
record RegexChars(BitSet first, BitSet all, BitSet needed, int shortest) {
    /** What \d and \s match, without and with UNICODE_CHARACTER_CLASS (the rule files' flag: ０-９, U+3000). */
    private static final BitSet[] DIGIT = {matching("\\d", 0), matching("\\d", Pattern.UNICODE_CHARACTER_CLASS)};
    private static final BitSet[] SPACE = {matching("\\s", 0), matching("\\s", Pattern.UNICODE_CHARACTER_CLASS)};
    private static final RegexChars UNKNOWN = new RegexChars(null, null, null, 0);
    /** A bound on lengths, so that sums and products of them stay small. */
    private static final int LONG = 1 << 16;

    /** The reading of a whole pattern; for one this reading does not follow, any character and nothing needed. */
    static RegexChars of(Pattern pattern) {
        if ((pattern.flags() & (Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return UNKNOWN;
        }
        try {
            int unicode = (pattern.flags() & Pattern.UNICODE_CHARACTER_CLASS) != 0 ? 1 : 0;
            Parser parser = new Parser(pattern.pattern(), DIGIT[unicode], SPACE[unicode]);
            Part whole = parser.alternatives();
            return parser.at < parser.regex.length() ? UNKNOWN : new RegexChars(whole.first, parser.all, best(whole.needed, whole.first), whole.shortest);
        } catch (Unsure e) {
            return UNKNOWN;
        }
    }

    /**
     * A part of a regex: the characters its non-empty matches start with (null: any), the
     * length of its shortest match (0: it can match empty), and sets of characters of which its
     * every match holds one (each set alone holds; the whole regex picks the best).
     */
    private record Part(BitSet first, int shortest, List<BitSet> needed) {
        static final Part UNKNOWN = new Part(null, 0, List.of());
        /** A zero-width part: ^, $, \b, a lookaround. */
        static final Part NOTHING = new Part(new BitSet(), 0, List.of());

        /** One character of a class; null: a class this reading does not follow. */
        static Part oneOf(BitSet chars) {
            return new Part(chars, 1, chars == null ? List.of() : List.of(chars));
        }

        boolean empty() {
            return shortest == 0;
        }

        /** This part, then {@code next}: what either needs, the sequence needs. */
        Part then(Part next) {
            List<BitSet> both = new ArrayList<>(needed);
            both.addAll(next.needed);
            return new Part(empty() ? union(first, next.first) : first, Math.min(LONG, shortest + next.shortest), both);
        }

        /** This part or {@code other}: one of the characters the one needs or the other does. */
        Part or(Part other) {
            List<BitSet> either = needed.isEmpty() || other.needed.isEmpty() ? List.of()
                    : List.of(union(best(needed, null), best(other.needed, null)));
            return new Part(union(first, other.first), Math.min(shortest, other.shortest), either);
        }

        /** This part, repeated {@code min} times or more. */
        Part atLeast(int min) {
            return min > 0 ? new Part(first, (int) Math.min(LONG, (long) shortest * min), needed)
                    : new Part(first, 0, List.of());
        }

        Part narrowedTo(BitSet ahead) {
            return new Part(first == null ? ahead : intersect(first, ahead), shortest, needed);
        }
    }

    private static BitSet union(BitSet a, BitSet b) {
        if (a == null || b == null) {
            return null;
        }
        BitSet u = (BitSet) a.clone();
        u.or(b);
        return u;
    }

    /**
     * Of needed sets (each holds), the one that lets fewest tries through: one no match starts
     * with (a try at a digit passes at once when digits are needed), then the smallest; null if none.
     */
    private static BitSet best(List<BitSet> needed, BitSet first) {
        BitSet best = null;
        for (BitSet set : needed) {
            if (best == null || rank(set, first) < rank(best, first)) {
                best = set;
            }
        }
        return best;
    }

    private static long rank(BitSet set, BitSet first) {
        boolean atOnce = first == null || first.intersects(set);
        return (atOnce ? 1L << 20 : 0) + set.cardinality();
    }

    private static BitSet intersect(BitSet a, BitSet b) {
        BitSet i = (BitSet) a.clone();
        i.and(b);
        return i;
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
        /** Every character consumed outside lookarounds so far; null once one could be any. */
        BitSet all = new BitSet();
        private int lookaround; // how deep in lookarounds the reading is: what they see is not consumed

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
                leading &= item.empty() && item.first() != null && item.first().isEmpty(); // zero-width so far
                part = part.then(item);
            }
            return ahead == null ? part : part.narrowedTo(ahead);
        }

        private Part quantified(Part atom) {
            if (at >= regex.length()) {
                return atom;
            }
            char c = regex.charAt(at);
            int min;
            if (c == '?' || c == '*') {
                min = 0;
                at++;
            } else if (c == '+') {
                min = 1;
                at++;
            } else if (c == '{') {
                int close = regex.indexOf('}', at);
                if (close < 0) {
                    throw new Unsure();
                }
                try {
                    min = Integer.parseInt(regex.substring(at + 1, close).split(",", -1)[0].trim());
                } catch (NumberFormatException e) {
                    throw new Unsure();
                }
                at = close + 1;
            } else {
                return atom;
            }
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++; // lazy or possessive: the same characters
            }
            return atom.atLeast(min);
        }

        private Part atom() {
            char c = regex.charAt(at);
            switch (c) {
                case '(' -> {
                    return group();
                }
                case '[' -> {
                    return consumedOneOf(classSet());
                }
                case '\\' -> {
                    return escape();
                }
                case '.' -> {
                    at++;
                    return consumedOneOf(null);
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
                    return consumedOneOf(single(c));
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
            lookaround += zeroWidth ? 1 : 0;
            Part inside = alternatives();
            lookaround -= zeroWidth ? 1 : 0;
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
                case 'd' -> consumedOneOf(digit);
                case 's' -> consumedOneOf(space);
                case 't' -> consumedOneOf(single('\t'));
                case 'n' -> consumedOneOf(single('\n'));
                case 'r' -> consumedOneOf(single('\r'));
                case 'f' -> consumedOneOf(single('\f'));
                case 'u' -> consumedOneOf(single(hex()));
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
                    yield consumedOneOf(null);
                }
                // quoting, hex and octal escapes and named back-references run on past the letter
                case 'Q', 'E', 'x', 'c', '0', 'k', 'N' -> throw new Unsure();
                default -> {
                    if (Character.isLetterOrDigit(e)) {
                        yield consumed(Part.UNKNOWN); // \w, \D, a back-reference …: anything, maybe nothing
                    }
                    yield consumedOneOf(single(e));
                }
            };
        }

        private Part consumedOneOf(BitSet chars) {
            return consumed(Part.oneOf(chars));
        }

        /** A part that consumes characters: outside lookarounds they are characters a match holds. */
        private Part consumed(Part part) {
            if (lookaround == 0 && all != null) {
                if (part.first() == null) {
                    all = null;
                } else {
                    all.or(part.first());
                }
            }
            return part;
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
}
