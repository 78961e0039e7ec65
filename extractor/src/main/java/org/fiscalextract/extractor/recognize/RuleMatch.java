package org.fiscalextract.extractor.recognize;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One match of a rule, read through the named groups its pattern declares. A group the pattern
 * does not declare reads as unmatched (Java's Matcher would throw instead).
 */
final class RuleMatch {
    /** A group name no pattern declares: reads as the whole match. */
    static final String WHOLE = "";
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final Rule rule;
    private final Set<String> groups;
    private final Matcher matcher;

    RuleMatch(Rule rule, Set<String> groups, Matcher matcher) {
        this.rule = rule;
        this.groups = groups;
        this.matcher = matcher;
    }

    /** The named groups a rule's pattern declares (Java 17's Pattern cannot list them). */
    static Set<String> groupsOf(Rule rule) {
        Set<String> names = new HashSet<>();
        Matcher m = GROUP.matcher(rule.pattern().pattern());
        while (m.find()) {
            names.add(m.group(1));
        }
        return Set.copyOf(names);
    }

    String ruleName() {
        return rule.name();
    }

    /** Whether the pattern declares {@code group} and it took part in this match. */
    boolean has(String group) {
        return groups.contains(group) && matcher.start(group) >= 0;
    }

    /** Where {@code group} starts, or the whole match when the group is absent. */
    int start(String group) {
        return has(group) ? matcher.start(group) : matcher.start();
    }

    int end(String group) {
        return has(group) ? matcher.end(group) : matcher.end();
    }

    String text(String group) {
        return has(group) ? matcher.group(group) : matcher.group();
    }
}
