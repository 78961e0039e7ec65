package org.fiscalextract.extractor.docfacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fiscalextract.model.document.AdminRegion;
import org.fiscalextract.model.document.FactSource;

/**
 * Decides which division a document is about from the places it names.
 *
 * <ol>
 *   <li>Each mention weighs by its zone (title ≫ body), capped per zone and division, so a place
 *       named often in passing does not outweigh the title; mentions inside the publisher's own
 *       name (a form field, the title, a signature) count as {@link Zone#PUBLISHER}.</li>
 *   <li>A name the list holds more than once (鼓楼区, 城区) goes to the namesake whose prefecture,
 *       province or neighbours the document also names; with no such support it stays
 *       unresolved; when it says more than the division chosen otherwise, the name is reported
 *       without a code, with the province and prefecture its namesakes share (城区 in 山西省).</li>
 *   <li>From the provinces down, the strongest division is chosen and the choice descends to a
 *       child while that child's evidence is at least the parent's own and at least half of all
 *       its siblings' together: a prefecture's report that names its counties in passing stays at
 *       the prefecture, a county's report that names its prefecture goes down to the county. A
 *       division named only by short forms needs two of them (湖南 in 推进湖南县域经济 is not enough).</li>
 * </ol>
 */
final class RegionResolver {
    private static final double MIN_EVIDENCE = 1.0;
    private static final double SIBLING_SUPPORT = 0.25;

    private final DivisionTable divisions;

    RegionResolver(DivisionTable divisions) {
        this.divisions = divisions;
    }

    /**
     * @param publisherSpans {@code [start, end)} spans of the canonical text where the document
     *                       names its own body; mentions inside them count as publisher mentions
     */
    RegionChoice choose(List<PlaceMention> found, List<int[]> publisherSpans) {
        List<PlaceMention> mentions = new ArrayList<>();
        for (PlaceMention m : found) {
            mentions.add(inPublisherSpan(m, publisherSpans)
                    ? m.inZone(Zone.PUBLISHER, Zone.PUBLISHER.weight() * m.weight() / m.zone().weight()) : m);
        }
        Map<Division, Map<Zone, Double>> sums = new LinkedHashMap<>();
        List<PlaceMention> resolved = new ArrayList<>();
        List<PlaceMention> ambiguous = new ArrayList<>();
        for (PlaceMention m : mentions) {
            if (m.ambiguous()) {
                ambiguous.add(m);
            } else {
                resolved.add(m);
                add(sums, m.candidates().get(0), m);
            }
        }
        Map<Division, Double> own = own(sums);
        List<PlaceMention> unresolved = new ArrayList<>();
        List<PlaceMention> disambiguated = new ArrayList<>();
        for (PlaceMention m : ambiguous) {
            Optional<Division> pick = bySupport(m.candidates(), own);
            if (pick.isPresent()) {
                PlaceMention r = m.resolvedTo(pick.get());
                disambiguated.add(r);
                resolved.add(r);
                add(sums, pick.get(), r);
            } else {
                unresolved.add(m);
            }
        }
        Map<Division, Double> ownAll = own(sums);
        Map<Division, Double> total = totals(ownAll);
        Optional<Division> chosen = descend(total, ownAll).filter(d -> wellNamed(d, total, resolved));
        double chosenOwn = chosen.map(d -> ownAll.getOrDefault(d, 0.0)).orElse(0.0);
        double allEvidence = ownAll.values().stream().mapToDouble(Double::doubleValue).sum()
                + unresolved.stream().mapToDouble(PlaceMention::weight).sum();
        Optional<RegionChoice> namesake = unresolvedName(unresolved, chosen, chosenOwn, allEvidence);
        if (namesake.isPresent()) {
            return namesake.get();
        }
        if (chosen.isEmpty()) {
            return RegionChoice.NONE;
        }
        Division d = chosen.get();
        List<PlaceMention> evidence = resolved.stream()
                .filter(m -> m.candidates().get(0).equals(d))
                .sorted(strongestFirst())
                .toList();
        if (evidence.isEmpty()) {
            // chosen as the common parent of the divisions named under it
            PlaceMention best = resolved.stream()
                    .filter(m -> divisions.contains(d, m.candidates().get(0)))
                    .sorted(strongestFirst()).findFirst().orElse(null);
            if (best == null) {
                return RegionChoice.NONE;
            }
            return new RegionChoice(divisions.region(d), chosen,
                    Optional.of(best.evidence("region.common_parent")), List.of());
        }
        PlaceMention best = evidence.get(0);
        String rule = "region." + best.zone().label() + (best.chained() ? ".qualified" : "")
                + (disambiguated.contains(best) ? ".by_context" : "");
        return new RegionChoice(divisions.region(d), chosen, Optional.of(best.evidence(rule)), evidence);
    }

    private static boolean inPublisherSpan(PlaceMention m, List<int[]> spans) {
        if (m.window().source() != FactSource.TEXT || m.zone().weight() >= Zone.PUBLISHER.weight()) {
            return false;
        }
        int s = m.window().sourceStart(m.start());
        int e = m.window().sourceEnd(m.end());
        for (int[] span : spans) {
            if (s >= span[0] && e <= span[1]) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<Division, Map<Zone, Double>> sums, Division d, PlaceMention m) {
        sums.computeIfAbsent(d, k -> new EnumMap<>(Zone.class)).merge(m.zone(), m.weight(), Double::sum);
    }

    private static Map<Division, Double> own(Map<Division, Map<Zone, Double>> sums) {
        Map<Division, Double> own = new LinkedHashMap<>();
        sums.forEach((d, byZone) -> {
            double sum = 0;
            for (Map.Entry<Zone, Double> e : byZone.entrySet()) {
                sum += Math.min(e.getValue(), e.getKey().cap());
            }
            own.put(d, sum);
        });
        return own;
    }

    /** The namesake whose prefecture, province or neighbours are named; empty on a tie or no support. */
    private Optional<Division> bySupport(List<Division> candidates, Map<Division, Double> own) {
        Division best = null;
        double bestSupport = 0;
        boolean tie = false;
        for (Division c : candidates) {
            double support = own.getOrDefault(c, 0.0);
            for (Division a = divisions.parent(c).orElse(null); a != null; a = divisions.parent(a).orElse(null)) {
                support += own.getOrDefault(a, 0.0);
            }
            Optional<Division> parent = divisions.parent(c);
            if (parent.isPresent() && !parent.get().isProvince()) {
                for (Map.Entry<Division, Double> e : own.entrySet()) {
                    if (!e.getKey().equals(c) && e.getKey().parent().equals(parent.get().code())) {
                        support += SIBLING_SUPPORT * e.getValue();
                    }
                }
            }
            if (support > bestSupport) {
                best = c;
                bestSupport = support;
                tie = false;
            } else if (support == bestSupport && support > 0) {
                tie = true;
            }
        }
        return tie || best == null ? Optional.empty() : Optional.of(best);
    }

    private Map<Division, Double> totals(Map<Division, Double> own) {
        Map<Division, Double> total = new HashMap<>();
        own.forEach((d, w) -> {
            for (Division x = d; x != null; x = divisions.parent(x).orElse(null)) {
                total.merge(x, w, Double::sum);
            }
        });
        return total;
    }

    private Optional<Division> descend(Map<Division, Double> total, Map<Division, Double> own) {
        double all = 0;
        Division top = null;
        for (Map.Entry<Division, Double> e : total.entrySet()) {
            if (e.getKey().isProvince()) {
                all += e.getValue();
                if (top == null || better(e, top, total)) {
                    top = e.getKey();
                }
            }
        }
        if (top == null || total.get(top) < MIN_EVIDENCE || total.get(top) < 0.5 * all) {
            return Optional.empty();
        }
        Division current = top;
        while (true) {
            Division child = null;
            double children = 0;
            for (Map.Entry<Division, Double> e : total.entrySet()) {
                if (e.getKey().parent().equals(current.code())) {
                    children += e.getValue();
                    if (child == null || better(e, child, total)) {
                        child = e.getKey();
                    }
                }
            }
            if (child == null) {
                return Optional.of(current);
            }
            double childTotal = total.get(child);
            if (childTotal >= own.getOrDefault(current, 0.0) && childTotal >= 0.5 * children) {
                current = child;
            } else {
                return Optional.of(current);
            }
        }
    }

    private static boolean better(Map.Entry<Division, Double> e, Division than, Map<Division, Double> total) {
        double a = e.getValue();
        double b = total.get(than);
        return a > b || (a == b && e.getKey().code().compareTo(than.code()) < 0);
    }

    /**
     * A division counts only when some mention of it or under it gives its full name, or enough
     * short ones do (推进湖南县域经济 alone does not make a report Hunan's).
     */
    private boolean wellNamed(Division d, Map<Division, Double> total, List<PlaceMention> resolved) {
        if (total.getOrDefault(d, 0.0) >= 2 * MIN_EVIDENCE) {
            return true;
        }
        return resolved.stream().anyMatch(m -> !m.shortName() && divisions.contains(d, m.candidates().get(0)));
    }

    /**
     * A name the list holds more than once and the document does not tell apart, when it says
     * more than the chosen division's own mentions and at least half of all the document's place
     * evidence: the name, with the province and prefecture
     * its namesakes (those under the chosen division, if any) share, and no code.
     */
    private Optional<RegionChoice> unresolvedName(List<PlaceMention> unresolved, Optional<Division> chosen, double chosenOwn,
                                                  double allEvidence) {
        Map<String, Double> byName = new LinkedHashMap<>();
        Map<String, PlaceMention> first = new HashMap<>();
        Map<String, List<Division>> namesakesByName = new HashMap<>();
        for (PlaceMention m : unresolved.stream().sorted(strongestFirst()).toList()) {
            List<Division> namesakes = m.candidates().stream()
                    .filter(c -> chosen.isEmpty() || divisions.contains(chosen.get(), c)).toList();
            if (namesakes.isEmpty()) {
                continue;
            }
            String name = m.window().text().substring(m.nameStart(), m.end());
            byName.merge(name, m.weight(), Double::sum);
            first.putIfAbsent(name, m);
            namesakesByName.putIfAbsent(name, namesakes);
        }
        String best = byName.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_EVIDENCE && e.getValue() > chosenOwn && e.getValue() >= 0.5 * allEvidence)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (best == null) {
            return Optional.empty();
        }
        PlaceMention m = first.get(best);
        List<Division> namesakes = namesakesByName.get(best);
        String province = namesakes.stream().map(Division::provinceName).distinct().count() == 1
                ? namesakes.get(0).provinceName() : "";
        String prefecture = namesakes.stream().map(Division::prefectureName).distinct().count() == 1
                ? namesakes.get(0).prefectureName() : "";
        AdminRegion region = new AdminRegion(best, "", province, prefecture);
        return Optional.of(new RegionChoice(region, Optional.empty(),
                Optional.of(m.evidence("region." + m.zone().label() + ".ambiguous")), List.of(m)));
    }

    private static Comparator<PlaceMention> strongestFirst() {
        return Comparator.comparingDouble(PlaceMention::weight).reversed()
                .thenComparing(m -> m.zone().ordinal())
                .thenComparingInt(PlaceMention::start);
    }
}
