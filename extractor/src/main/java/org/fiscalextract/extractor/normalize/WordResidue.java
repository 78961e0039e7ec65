package org.fiscalextract.extractor.normalize;

import org.fiscalextract.extractor.data.DataFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Word bookmarks and field codes ({@code [bookmark: _Toc3813]}, {@code PAGEREF _Toc1 \h},
 * {@code \* MERGEFORMAT} …), from {@code word-residue.txt}.
 *
 * <p>Every pattern starts with a fixed character, so the patterns are grouped by that
 * character and tried only where it occurs: no regular expression runs at ordinary
 * positions of the text.
 */
final class WordResidue {

    private static final Pattern DEFINITION = Pattern.compile("\\{\\{([a-z][a-z0-9-]*)}} = (.+)");
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{([a-z][a-z0-9-]*)}}");

    /** The first characters, one per group. */
    private final String triggers;
    /** For each first character, the alternation of its patterns in file order. */
    private final Pattern[] groups;

    private WordResidue(String triggers, Pattern[] groups) {
        this.triggers = triggers;
        this.groups = groups;
    }

    static WordResidue load() {
        DataFile file = DataFile.table(WordResidue.class, "word-residue.txt");
        Map<String, String> fragments = new LinkedHashMap<>();
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        for (DataFile.Line line : file.lines()) {
            Matcher definition = DEFINITION.matcher(line.text());
            if (definition.matches()) {
                fragments.put(definition.group(1), expand(file, line, definition.group(2), fragments));
                continue;
            }
            String regex = expand(file, line, line.text(), fragments);
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw line.error("bad pattern (" + e.getDescription() + ")");
            }
            char first = firstLiteral(file, line, regex);
            byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add("(?:" + regex + ")");
        }
        StringBuilder triggers = new StringBuilder();
        Pattern[] groups = new Pattern[byFirst.size()];
        int i = 0;
        for (Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
            triggers.append(e.getKey().charValue());
            groups[i++] = Pattern.compile(String.join("|", e.getValue()));
        }
        return new WordResidue(triggers.toString(), groups);
    }

    private static String expand(DataFile file, DataFile.Line line, String regex, Map<String, String> fragments) {
        Matcher ref = REFERENCE.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (ref.find()) {
            String fragment = fragments.get(ref.group(1));
            if (fragment == null) {
                throw line.error("undefined fragment {{" + ref.group(1) + "}}");
            }
            ref.appendReplacement(out, Matcher.quoteReplacement("(?:" + fragment + ")"));
        }
        ref.appendTail(out);
        return out.toString();
    }

    /**
     * The literal character every match of {@code regex} starts with. Rejects patterns that
     * start with a class, group or escape sequence, whose first character is optional, or
     * that have a top-level alternative.
     */
    private static char firstLiteral(DataFile file, DataFile.Line line, String regex) {
        char first = regex.charAt(0);
        int next = 1;
        if (first == '\\') {
            if (regex.length() < 2 || Character.isLetterOrDigit(regex.charAt(1))) {
                throw line.error("a pattern must start with a literal character");
            }
            first = regex.charAt(1);
            next = 2;
        } else if ("[](){}.*+?^$|".indexOf(first) >= 0 || Character.isSurrogate(first)) {
            throw line.error("a pattern must start with a literal character");
        }
        if (next < regex.length() && "?*{".indexOf(regex.charAt(next)) >= 0) {
            throw line.error("the first character of a pattern may not be optional");
        }
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                throw line.error("put each alternative on a line of its own");
            }
        }
        return first;
    }

    /** Every character a residue match can start with. */
    String triggers() {
        return triggers;
    }

    /** A scan of one raw text; not thread-safe, one per {@link TextNormalizer#normalize} call. */
    Scan scan(CharSequence raw) {
        return new Scan(raw);
    }

    final class Scan {
        private final CharSequence raw;
        private final Matcher[] matchers = new Matcher[groups.length];

        private Scan(CharSequence raw) {
            this.raw = raw;
        }

        /**
         * Where the residue starting at {@code at} ends, or {@code at} when there is none.
         * {@code raw.charAt(at)} must be a trigger character.
         */
        int endOf(int at) {
            char c = raw.charAt(at);
            if (isAsciiWordChar(c) && at > 0 && isAsciiWordChar(raw.charAt(at - 1))) {
                return at;
            }
            int group = triggers.indexOf(c);
            if (group < 0) {
                return at;
            }
            Matcher m = matchers[group];
            if (m == null) {
                m = groups[group].matcher(raw);
                matchers[group] = m;
            }
            m.region(at, raw.length());
            return m.lookingAt() ? m.end() : at;
        }

        private static boolean isAsciiWordChar(char c) {
            return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
        }
    }
}
