package org.fiscalextract.extractor.recognize;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity;

/**
 * Runs a dimension's rules in file order over a text. A rule named {@code not_…} makes no
 * mention: it hides, from the rules after it, every mention that would overlap one of its
 * matches (扣1分 is a scoring rule's points, not a score). Of two mentions with the same span
 * the earlier rule's stands, so specific rules go before general ones.
 *
 * <p>Every match of a dimension's rules holds one of its trigger characters (%, 分 …), starting
 * at most {@code before} characters ahead of it and ending at most {@code after} characters
 * past it, so the rules run only on the stretches around triggers: ordinary text costs one
 * table lookup a character, not one try of every rule at every character (which Java's regex
 * engine makes slow for patterns that open with a long alternation). Lookarounds see the
 * whole text.
 */
final class RuleRunner {
    /** Rules whose name starts with this only hide what later rules would find. */
    static final String HIDING = "not_";

    /** Turns one match into mentions (none, one, or two for a range). */
    interface Reader {
        void read(RuleMatch match, Sink out);
    }

    /** Takes a reader's mentions; drops empty and hidden ones and repeats of a span already taken. */
    interface Sink {
        void add(int start, int end, Quantity quantity, Qualifier qualifier, String rule);
    }

    private final List<Rule> rules;
    private final List<Set<String>> groups;
    private final List<RuleChars> chars;
    private final boolean[] trigger;
    private final int before;
    private final int after;

    /** @param trigger a character class: the characters every match holds one of */
    RuleRunner(List<Rule> rules, Pattern trigger, int before, int after) {
        this.rules = List.copyOf(rules);
        this.trigger = new boolean[Character.MAX_VALUE + 1];
        Matcher one = trigger.matcher("");
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            this.trigger[c] = one.reset(String.valueOf((char) c)).matches();
        }
        this.before = before;
        this.after = after;
        this.groups = this.rules.stream().map(RuleMatch::groupsOf).toList();
        this.chars = RuleChars.of(this.rules);
    }

    void run(String text, Reader reader, List<Mention> out) {
        int[] regions = regions(text);
        if (regions.length == 0) {
            return; // most texts: no trigger, nothing to make
        }
        BitSet hidden = new BitSet();
        Set<Long> spans = new HashSet<>();
        Sink sink = (start, end, quantity, qualifier, rule) -> {
            if (start < 0 || end <= start || end > text.length()) {
                return;
            }
            int next = hidden.nextSetBit(start);
            if ((next < 0 || next >= end) && spans.add((long) start << 32 | end)) {
                out.add(new Mention(start, end, quantity, qualifier, rule));
            }
        };
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            boolean hiding = rule.name().startsWith(HIDING);
            FirstChars first = chars.get(i).first();
            NeededChars needed = chars.get(i).needed();
            Matcher m = null; // made at the first try: making one costs as much as a try
            RuleMatch match = null;
            int stop = -1; // where the last walk stopped: the walk of every position up to there
            for (int r = 0; r < regions.length; r += 2) {
                int end = regions[r + 1];
                if (first.isAny()) {
                    if (m == null) {
                        m = matcher(rule, text);
                        match = new RuleMatch(rule, groups.get(i), m);
                    }
                    m.region(regions[r], end);
                    while (m.find()) {
                        take(m, hiding, hidden, match, reader, sink);
                    }
                    continue;
                }
                // what find() does, tried only where a match can start
                for (int p = regions[r]; p < end; p++) {
                    if (!first.mayStart(text.charAt(p))) {
                        continue;
                    }
                    stop = p > stop ? needed.stop(text, p) : stop;
                    if (!needed.reaches(text, p, stop, end)) {
                        continue;
                    }
                    if (m == null) {
                        m = matcher(rule, text);
                        match = new RuleMatch(rule, groups.get(i), m);
                    }
                    m.region(p, end);
                    if (m.lookingAt() && m.end() > p) {
                        take(m, hiding, hidden, match, reader, sink);
                        p = m.end() - 1;
                    }
                }
            }
        }
    }

    private static Matcher matcher(Rule rule, String text) {
        return rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static void take(Matcher m, boolean hiding, BitSet hidden, RuleMatch match, Reader reader, Sink sink) {
        if (m.end() == m.start()) {
            return;
        }
        if (hiding) {
            hidden.set(m.start(), m.end());
        } else {
            reader.read(match, sink);
        }
    }

    /** The stretches around the triggers, merged, as start/end pairs in text order. */
    private int[] regions(String text) {
        int[] regions = new int[8];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!trigger[text.charAt(i)]) {
                continue;
            }
            int start = Math.max(0, i - before);
            int end = (int) Math.min(text.length(), i + 1L + after);
            if (count > 0 && start <= regions[count - 1]) {
                regions[count - 1] = Math.max(regions[count - 1], end);
            } else {
                if (count == regions.length) {
                    regions = Arrays.copyOf(regions, count * 2);
                }
                regions[count++] = start;
                regions[count++] = end;
            }
        }
        return Arrays.copyOf(regions, count);
    }
}
