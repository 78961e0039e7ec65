package org.fiscalextract.extractor.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fiscalextract.extractor.data.DataFile;
import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity;

/**
 * Counts that each claim to be the whole of one population (全区85个预算单位; 区级所有预算单位，82个
 * 预算单位), grouped by what they count and the year they are of ({@code whole-population.tsv}).
 * A count followed by a change of scope (（含银江镇）) counts another population and is left out.
 */
final class WholeCounts {
    /** Measure words that may stand between a number and what it counts. */
    private static final String CLASSIFIERS = "个家所座处名位项件批户";
    private static final String CLAUSE_BREAKS = "，,；;：:";
    /** Words that may stand between the marker and the number: 全区共有85个. */
    private static final Pattern FILLERS = Pattern.compile("(?:共有|共计|共|有|计|的|\\s)+$");
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})\\s*年");

    private final List<String> markers;
    private final List<String> appositions;
    private final List<Pattern> scopes;

    WholeCounts() {
        DataFile words = DataFile.table(WholeCounts.class, "whole-population.tsv");
        markers = words.valuesOf("marker");
        appositions = words.valuesOf("apposition");
        scopes = words.valuesOf("scope").stream().map(Pattern::compile).toList();
    }

    void find(FactIndex index, List<Relation> out) {
        Map<String, List<Fact>> byCounted = new LinkedHashMap<>();
        Map<Fact, String> years = new LinkedHashMap<>();
        for (Block block : index.doc().blocks()) {
            if (block.kind() == BlockKind.TABLE_CELL) {
                continue;
            }
            for (Fact f : index.in(block.index(), "count")) {
                String counted = f.quantity() instanceof Quantity.Count c ? noun(c.counted()) : "";
                if (f.qualifier() == Qualifier.EXACT && counted.length() >= 2 && whole(block, f, counted)) {
                    byCounted.computeIfAbsent(counted, k -> new ArrayList<>()).add(f);
                    years.put(f, year(block, f));
                }
            }
        }
        for (Map.Entry<String, List<Fact>> e : byCounted.entrySet()) {
            for (List<Fact> sameYear : byYear(e.getValue(), years).values()) {
                if (sameYear.size() >= 2) {
                    out.add(new Relation.WholeCounts("prose.whole_population", e.getKey(), sameYear));
                }
            }
        }
    }

    /** What is counted without its measure word: 预算单位 for both 个预算单位 and 家预算单位. */
    static String noun(String counted) {
        if (counted.length() >= 3 && CLASSIFIERS.indexOf(counted.charAt(0)) >= 0) {
            return counted.substring(1);
        }
        return counted;
    }

    private boolean whole(Block block, Fact f, String counted) {
        String text = block.text();
        int at = FactIndex.offsetIn(block, f);
        String after = text.substring(at + f.text().length());
        if (scopes.stream().anyMatch(p -> p.matcher(after).find())) {
            return false;
        }
        int sentence = Sentences.start(text, at);
        int clause = clauseStart(text, at, sentence);
        String before = text.substring(clause, at);
        String lead = FILLERS.matcher(before).replaceFirst("");
        if (markers.stream().anyMatch(lead::endsWith)) {
            return true;
        }
        // 区级所有预算单位，82个预算单位: the clause before names the whole and this count restates it
        if (clause > sentence && before.isBlank()) {
            String previous = text.substring(clauseStart(text, clause - 1, sentence), clause - 1);
            for (String word : appositions) {
                int w = previous.lastIndexOf(word);
                if (w >= 0 && previous.substring(w + word.length()).strip().endsWith(counted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int clauseStart(String text, int at, int floor) {
        int i = at;
        while (i > floor && CLAUSE_BREAKS.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /** The last year named before the count in its sentence, or empty (the document's own year). */
    private static String year(Block block, Fact f) {
        int at = FactIndex.offsetIn(block, f);
        Matcher m = YEAR.matcher(block.text().substring(Sentences.start(block.text(), at), at));
        String year = "";
        while (m.find()) {
            year = m.group(1);
        }
        return year;
    }

    /**
     * Counts split by the year they name; counts naming none join the one year the others name,
     * and stay apart when the others name several.
     */
    private static Map<String, List<Fact>> byYear(List<Fact> counts, Map<Fact, String> years) {
        Set<String> named = counts.stream().map(years::get).filter(y -> !y.isEmpty()).collect(Collectors.toSet());
        String unnamed = named.size() == 1 ? named.iterator().next() : "";
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : counts) {
            String y = years.get(f).isEmpty() ? unnamed : years.get(f);
            groups.computeIfAbsent(y, k -> new ArrayList<>()).add(f);
        }
        return groups;
    }
}
