package org.fiscalextract.extractor.recognize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.model.fact.Qualifier;

/**
 * The named groups one rule's pattern declares, and what a match of it says through them.
 * Java 17 cannot list a pattern's groups, so they are read off the pattern text once.
 * Groups whose name starts with inc, dec, least, most or approx set the qualifier, in that
 * order of precedence: 增加约3万元 is a change first.
 */
final class RuleGroups {
    private static final Pattern NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final String[] PREFIXES = {"inc", "dec", "least", "most", "approx"};
    private static final Qualifier[] QUALIFIERS = {
            Qualifier.INCREASE, Qualifier.DECREASE, Qualifier.AT_LEAST, Qualifier.AT_MOST, Qualifier.APPROX};

    private final Rule rule;
    private final Set<String> names;
    private final List<String> qualifierGroups = new ArrayList<>();
    private final List<Qualifier> qualifierOfGroup = new ArrayList<>();

    RuleGroups(Rule rule) {
        this.rule = rule;
        Set<String> found = new HashSet<>();
        Matcher m = NAME.matcher(rule.pattern().pattern());
        while (m.find()) {
            found.add(m.group(1));
        }
        this.names = Set.copyOf(found);
        for (int p = 0; p < PREFIXES.length; p++) {
            for (String name : names) {
                if (name.startsWith(PREFIXES[p])) {
                    qualifierGroups.add(name);
                    qualifierOfGroup.add(QUALIFIERS[p]);
                }
            }
        }
    }

    Rule rule() {
        return rule;
    }

    boolean has(String name) {
        return names.contains(name);
    }

    /** The group's text, or null when the rule has no such group or it took no part in the match. */
    String text(Matcher m, String name) {
        return names.contains(name) ? m.group(name) : null;
    }

    /** The group's text, or "" when absent. */
    String textOrEmpty(Matcher m, String name) {
        String t = text(m, name);
        return t == null ? "" : t;
    }

    int start(Matcher m, String name) {
        return names.contains(name) ? m.start(name) : -1;
    }

    int end(Matcher m, String name) {
        return names.contains(name) ? m.end(name) : -1;
    }

    Qualifier qualifier(Matcher m) {
        for (int i = 0; i < qualifierGroups.size(); i++) {
            if (m.group(qualifierGroups.get(i)) != null) {
                return qualifierOfGroup.get(i);
            }
        }
        return Qualifier.EXACT;
    }
}
