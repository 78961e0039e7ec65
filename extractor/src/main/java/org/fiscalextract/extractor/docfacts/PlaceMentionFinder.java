package org.fiscalextract.extractor.docfacts;

import org.fiscalextract.extractor.data.DataFile;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the divisions a window names: every full or short name of the list (Aho–Corasick over
 * all of them), joined with the parent written before it (攀枝花市东区, 中共遂宁市安居区委,
 * 开发区·铁山区, 遂宁安居), and weighed by where it stands and whether it is incidental (in the
 * title of a cited document, in a comparison).
 */
final class PlaceMentionFinder {
    private static final double SHORT_FACTOR = 0.5;
    private static final double CITED_FACTOR = 0.1;
    private static final double COMPARED_FACTOR = 0.2;
    private static final int CITATION_REACH = 80;
    /**
     * At most this many names are read from one window: a stretch of text naming more places than
     * that is a list of places, which says nothing more about the document's own region (and each
     * zone's total per division is capped anyway).
     */
    static final int MAX_MENTIONS = 1_000;

    private final AhoCorasick matcher;
    private final List<List<NameCandidate>> candidatesByWord;
    private final String separators;
    private final List<String> infixes;
    private final List<String> compareBefore;
    private final List<String> compareAfter;
    private final DivisionTable divisions;

    PlaceMentionFinder(DivisionTable divisions, DataFile affixes, DataFile cues) {
        this.divisions = divisions;
        List<String> words = new ArrayList<>(divisions.names().keySet());
        words.sort(Comparator.naturalOrder());
        this.matcher = new AhoCorasick(words);
        List<List<NameCandidate>> byWord = new ArrayList<>();
        for (String w : words) {
            byWord.add(divisions.names().get(w));
        }
        this.candidatesByWord = List.copyOf(byWord);
        this.separators = String.join("", affixes.valuesOf("chain-separator"));
        this.infixes = affixes.valuesOf("chain-infix").stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.compareBefore = cues.valuesOf("compare-before");
        this.compareAfter = cues.valuesOf("compare-after");
    }

    /** A written name found in the window, before it is joined to its parent. */
    private record NameHit(int start, int end, List<NameCandidate> candidates) {
    }

    /** What a name hit became: its divisions and where its chain starts. */
    private record Resolved(NameHit hit, List<Division> divisions, int chainStart, int localStart, boolean chained,
                            boolean shortOnly) {
    }

    List<PlaceMention> find(Window window) {
        String text = window.text();
        List<NameHit> hits = outermost(matcher.find(text));
        Map<Integer, List<Resolved>> endingAt = new HashMap<>();
        List<Resolved> resolved = new ArrayList<>();
        Set<Resolved> qualifiers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (NameHit hit : hits) {
            if (resolved.size() >= MAX_MENTIONS) {
                break;
            }
            Resolved r = resolve(text, window.zone(), hit, endingAt, qualifiers);
            if (r != null) {
                resolved.add(r);
                endingAt.computeIfAbsent(hit.end(), k -> new ArrayList<>()).add(r);
            }
        }
        List<PlaceMention> mentions = new ArrayList<>();
        for (Resolved r : resolved) {
            if (qualifiers.contains(r)) {
                continue;   // written only to qualify the name after it
            }
            double weight = window.zone().weight() * (r.shortOnly() && !r.chained() ? SHORT_FACTOR : 1.0);
            if (window.zone() == Zone.HEAD || window.zone() == Zone.BODY) {
                weight *= incidentalFactor(text, r.chainStart(), r.hit().end());
            }
            mentions.add(new PlaceMention(window, r.chainStart(), r.localStart(), r.hit().start(), r.hit().end(),
                    r.divisions(), r.chained(), r.shortOnly() && !r.chained(), weight));
        }
        return mentions;
    }

    /** Drops hits lying inside a longer one (中阳 inside 中阳县, 吉林 inside 吉林市). */
    private List<NameHit> outermost(List<AhoCorasick.Hit> raw) {
        List<AhoCorasick.Hit> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparingInt(AhoCorasick.Hit::start).thenComparing(Comparator.comparingInt(AhoCorasick.Hit::end).reversed()));
        List<NameHit> kept = new ArrayList<>();
        int maxEnd = -1;
        for (AhoCorasick.Hit h : sorted) {
            if (h.end() <= maxEnd) {
                continue;
            }
            maxEnd = h.end();
            kept.add(new NameHit(h.start(), h.end(), candidatesByWord.get(h.word())));
        }
        return kept;
    }

    private Resolved resolve(String text, Zone zone, NameHit hit, Map<Integer, List<Resolved>> endingAt, Set<Resolved> qualifiers) {
        for (int p : parentEnds(text, hit.start())) {
            for (Resolved parent : endingAt.getOrDefault(p, List.of())) {
                List<Division> children = new ArrayList<>();
                for (NameCandidate c : hit.candidates()) {
                    for (Division ancestor : parent.divisions()) {
                        if (!ancestor.equals(c.division()) && divisions.contains(ancestor, c.division())
                                && !children.contains(c.division())) {
                            children.add(c.division());
                        }
                    }
                }
                if (!children.isEmpty()) {
                    qualifiers.add(parent);
                    // a body's name starts at the prefecture: 攀枝花市东区财政局, not 四川省攀枝花市东区财政局
                    int local = parent.divisions().stream().allMatch(Division::isProvince) ? hit.start() : parent.localStart();
                    return new Resolved(hit, children, parent.chainStart(), local, true, false);
                }
            }
        }
        // a two-character county name (东区, 城区, 高县) is a common word too: unless its parent stands
        // before it, it counts only at the start of a word in a title, path, signature or form field
        boolean boundary = (hit.start() == 0 || !isHan(text.charAt(hit.start() - 1)))
                && zone != Zone.HEAD && zone != Zone.BODY;
        List<Division> free = new ArrayList<>();
        boolean shortOnly = true;
        for (NameCandidate c : hit.candidates()) {
            boolean weak = c.form() == NameForm.FULL && c.division().level() == DivisionLevel.COUNTY
                    && hit.end() - hit.start() <= 2;
            if (c.form() == NameForm.COUNTY_SHORT || (weak && !boundary)) {
                continue;
            }
            free.add(c.division());
            shortOnly &= c.form() == NameForm.SHORT;
        }
        if (free.isEmpty()) {
            return null;
        }
        return new Resolved(hit, free, hit.start(), hit.start(), false, shortOnly);
    }

    /** The places a parent's name may end for a name starting at {@code start}: right before it, or before separators and a development-zone word. */
    private List<Integer> parentEnds(String text, int start) {
        List<Integer> ends = new ArrayList<>(3);
        ends.add(start);
        int p = skipSeparators(text, start);
        if (p != start) {
            ends.add(p);
        }
        for (String infix : infixes) {
            if (p >= infix.length() && text.startsWith(infix, p - infix.length())) {
                int q = skipSeparators(text, p - infix.length());
                ends.add(q);
                break;
            }
        }
        return ends;
    }

    private int skipSeparators(String text, int p) {
        while (p > 0 && separators.indexOf(text.charAt(p - 1)) >= 0) {
            p--;
        }
        return p;
    }

    private double incidentalFactor(String text, int start, int end) {
        for (int i = start - 1; i >= 0 && i >= start - CITATION_REACH; i--) {
            char c = text.charAt(i);
            if (c == '》') {
                break;
            }
            if (c == '《') {
                return CITED_FACTOR;
            }
        }
        for (String cue : compareBefore) {
            if (start >= cue.length() && text.startsWith(cue, start - cue.length())) {
                return COMPARED_FACTOR;
            }
        }
        for (String cue : compareAfter) {
            if (text.startsWith(cue, end)) {
                return COMPARED_FACTOR;
            }
        }
        return 1.0;
    }

    static boolean isHanCodePoint(int c) {
        return Character.UnicodeScript.of(c) == UnicodeScript.HAN;
    }

    static boolean isHan(char c) {
        return !Character.isSurrogate(c) && Character.UnicodeScript.of(c) == UnicodeScript.HAN;
    }
}
