package org.fiscalextract.extractor.recognize;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity;

/**
 * One dimension's rules for "a number, its unit and the words around them", run over a text.
 * Every rule starts at the number, and is tried only where a number can start
 * ({@link NumberStarts}): trying ten patterns at every character was a hundred times slower.
 * The words before the number (a change verb outside the mention, an approximator or a bound
 * inside it) are the file's {@code {{prefix}}} fragment, matched right before the number.
 *
 * <p>What a match makes follows from its groups:
 * <ul>
 * <li>{@code low}, {@code high} (a range): two mentions, range_low and range_high; the low end
 * takes {@code lowmag}/{@code lowunit} when written, else the high end's {@code mag} and {@code unit};</li>
 * <li>{@code list} (numbers joined by 、 before one unit): one mention per number, the first ones
 * being the bare number, the last one running to the end of the match;</li>
 * <li>otherwise one mention of {@code num} + {@code mag} in {@code unit}.</li>
 * </ul>
 * Rules run in file order; a span another rule of the same dimension already gave is skipped.
 */
final class PhraseRules {

    /** How a dimension turns a stated number and unit into its quantity. */
    interface Reading {
        /** The quantity, or empty when the number cannot be read or is not one of this dimension. */
        Optional<Quantity> read(String number, String unit);

        /** Whether a match of {@code rule} whose mention starts at {@code start} stands, judged by its context. */
        default boolean accepts(Rule rule, String text, int start) {
            return true;
        }
    }

    /** The longest prefix: a change verb (了), then an approximator or bound. */
    private static final int PREFIX_REACH = 8;

    private final List<RuleGroups> rules;
    private final List<RuleChars> chars;
    private final RuleGroups prefix;
    /** Every character the prefix can hold; null: any. */
    private final BitSet prefixChars;

    PhraseRules(RuleFile file) {
        this.rules = file.rules().stream().map(RuleGroups::new).toList();
        this.chars = RuleChars.of(file.rules());
        this.prefix = new RuleGroups(new Rule("prefix", file.fragment("prefix")));
        this.prefixChars = RegexChars.of(prefix.rule().pattern()).all();
    }

    void find(String text, Reading reading, List<Mention> out) {
        int[] starts = NumberStarts.of(text);
        if (starts.length == 0) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        Matcher before = null; // made at the first match, as the rules' matchers at their first try
        for (int r = 0; r < rules.size(); r++) {
            RuleGroups rule = rules.get(r);
            FirstChars first = chars.get(r).first();
            NeededChars needed = chars.get(r).needed();
            Matcher m = null;
            int from = 0;
            int stop = -1; // where the last walk stopped: the walk of every start up to there
            for (int s : starts) {
                if (s < from || !first.mayStart(text.charAt(s))) {
                    continue;
                }
                stop = s > stop ? needed.stop(text, s) : stop;
                if (!needed.reaches(text, s, stop, text.length())) {
                    continue;
                }
                if (m == null) {
                    m = rule.rule().pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(s, text.length());
                if (!m.lookingAt()) {
                    continue;
                }
                Lead lead;
                if (rule.has("low")) {
                    lead = new Lead(s, Qualifier.EXACT);
                } else {
                    int p = prefixStart(text, s);
                    if (before == null && p < s) {
                        before = prefix.rule().pattern().matcher(text).useTransparentBounds(true);
                    }
                    lead = lead(before, p, s);
                }
                boolean made = reading.accepts(rule.rule(), text, lead.start)
                        && (rule.has("low") ? range(rule, m, reading, seen, out)
                        : rule.has("list") ? list(rule, m, lead, reading, seen, out)
                        : single(rule, m, lead, reading, seen, out));
                if (made) {
                    from = m.end();
                }
            }
        }
    }

    /** Where the mention starts (an approximator or bound before the number is inside it) and what the prefix says. */
    private record Lead(int start, Qualifier qualifier) {
    }

    /**
     * The first position a prefix ending at {@code s} may start at: it holds only its own
     * characters, so no try starts before one it cannot hold (most numbers follow none of them).
     */
    private int prefixStart(String text, int s) {
        int p = s;
        int limit = Math.max(0, s - PREFIX_REACH);
        while (p > limit && (prefixChars == null || prefixChars.get(text.charAt(p - 1)))) {
            p--;
        }
        return p;
    }

    /** The prefix ending at {@code s}, tried from {@code from} on: the longest first. */
    private Lead lead(Matcher before, int from, int s) {
        for (int p = from; p < s; p++) {
            before.region(p, s);
            if (before.matches()) {
                int lead = prefix.start(before, "lead");
                return new Lead(lead >= 0 ? lead : s, prefix.qualifier(before));
            }
        }
        return new Lead(s, Qualifier.EXACT);
    }

    private static boolean single(RuleGroups g, Matcher m, Lead lead, Reading reading, Set<Long> seen,
            List<Mention> out) {
        String number = g.textOrEmpty(m, "num") + g.textOrEmpty(m, "mag");
        return add(g, lead.start, m.end(), reading.read(number, g.textOrEmpty(m, "unit")),
                stronger(lead.qualifier, g.qualifier(m)), seen, out);
    }

    private static boolean range(RuleGroups g, Matcher m, Reading reading, Set<Long> seen, List<Mention> out) {
        String mag = g.textOrEmpty(m, "mag");
        String unit = g.textOrEmpty(m, "unit");
        String lowMag = g.text(m, "lowmag");
        String lowUnit = g.text(m, "lowunit");
        String lowNumber = g.text(m, "low") + (lowMag != null ? lowMag : lowUnit == null ? mag : "");
        int lowEnd = lowUnit != null ? g.end(m, "lowunit") : lowMag != null ? g.end(m, "lowmag") : g.end(m, "low");
        Optional<Quantity> low = reading.read(lowNumber, lowUnit != null ? lowUnit : unit);
        Optional<Quantity> high = reading.read(g.text(m, "high") + mag, unit);
        if (low.isEmpty() || high.isEmpty()) {
            return false; // half a range is no bound at all
        }
        boolean a = add(g, g.start(m, "low"), lowEnd, low, Qualifier.RANGE_LOW, seen, out);
        boolean b = add(g, g.start(m, "high"), m.end(), high, Qualifier.RANGE_HIGH, seen, out);
        return a || b;
    }

    private static boolean list(RuleGroups g, Matcher m, Lead lead, Reading reading, Set<Long> seen,
            List<Mention> out) {
        String list = g.text(m, "list");
        int base = g.start(m, "list");
        String mag = g.textOrEmpty(m, "mag");
        String unit = g.textOrEmpty(m, "unit");
        Qualifier qualifier = stronger(lead.qualifier, g.qualifier(m));
        boolean made = false;
        int itemStart = 0;
        while (itemStart <= list.length()) {
            int sep = list.indexOf('、', itemStart);
            int itemEnd = sep < 0 ? list.length() : sep;
            if (itemEnd > itemStart) {
                int start = itemStart == 0 ? lead.start : base + itemStart;
                int end = sep < 0 ? m.end() : base + itemEnd;
                Optional<Quantity> q = reading.read(list.substring(itemStart, itemEnd) + mag, unit);
                made |= add(g, start, end, q, qualifier, seen, out);
            }
            if (sep < 0) {
                break;
            }
            itemStart = sep + 1;
        }
        return made;
    }

    /** A change outranks a bound, a bound an approximation: 增加约3万元 is a change. */
    private static Qualifier stronger(Qualifier a, Qualifier b) {
        return rank(a) <= rank(b) ? a : b;
    }

    private static int rank(Qualifier q) {
        return switch (q) {
            case INCREASE -> 0;
            case DECREASE -> 1;
            case RANGE_LOW, RANGE_HIGH -> 2;
            case AT_LEAST -> 3;
            case AT_MOST -> 4;
            case APPROX -> 5;
            case EXACT -> 6;
        };
    }

    private static boolean add(RuleGroups g, int start, int end, Optional<Quantity> quantity, Qualifier qualifier,
            Set<Long> seen, List<Mention> out) {
        if (quantity.isEmpty() || start < 0 || end <= start || !seen.add(((long) start << 32) | end)) {
            return false;
        }
        out.add(new Mention(start, end, quantity.get(), qualifier, g.rule().name()));
        return true;
    }
}
