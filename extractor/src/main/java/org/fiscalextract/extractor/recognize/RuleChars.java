package org.fiscalextract.extractor.recognize;

import java.util.List;

/**
 * Where each of a file's rules may be tried: the characters its matches start with and the ones
 * they need, both read once off its regex ({@link RegexChars}).
 */
record RuleChars(FirstChars first, NeededChars needed) {
    static List<RuleChars> of(List<Rule> rules) {
        return rules.stream().map(rule -> {
            RegexChars chars = RegexChars.of(rule.pattern());
            return new RuleChars(FirstChars.of(chars), NeededChars.of(chars));
        }).toList();
    }
}
