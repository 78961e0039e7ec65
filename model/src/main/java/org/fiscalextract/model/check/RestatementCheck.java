package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity;

/**
 * {@code restated_quantity}: one quantity stated twice with different values, as 000's project
 * budget total, 1302.76万元 in one paragraph and 1471.75万元 in another. A false alarm here would
 * accuse a document of contradicting itself, so two statements are compared only when everything
 * says they are the same quantity:
 * <ul>
 * <li>both stand in paragraphs (tables repeat labels per row), in different sentences;</li>
 * <li>same kind, unit, qualifier and subject;</li>
 * <li>the same document-level canonical key ({@link RestatementWords#documentKeys()}) or, for
 *     values (not changes: a change's label names the comparison, 超额完成目标, not a quantity),
 *     the same label of at least {@value #MIN_LABEL} characters; or, for a change, that label
 *     said of the same figure in the clause before it (成品粮储备量42万吨，超额完成目标10%);</li>
 * <li>the same scope words (一般公共预算, 财政拨款, 年初, …) in their labels and in the clauses
 *     leading up to them, and the same year: the last
 *     year named before the figure in its sentence (上年 is the year before the fiscal year; no
 *     year is the fiscal year);</li>
 * <li>a figure without subject must not follow a word pointing back to something named earlier
 *     (该类项目, 上述): that figure is about that thing, not the document; nor may its label name
 *     no one (自评总分, 合计): it is the total of a project or table left unnamed.</li>
 * </ul>
 * A key under which more than {@value #MAX_VALUES} different values stand is a measure stated for
 * many items whose names the extractor did not attach (2025年当年预算执行数 in each of thirteen
 * 项 paragraphs), not one quantity stated twice, and is left alone.
 * Values agree when the finer one, rounded as the coarser is written, is the coarser one; within
 * both half-units the finding is info. Each pair of differing values is reported once, quoting
 * the first statement of each.
 */
public final class RestatementCheck implements Check {
    public static final String NAME = "restated_quantity";
    static final int MIN_LABEL = 5;
    /** More distinct values than this under one key are a list of items, not one quantity restated. */
    static final int MAX_VALUES = 2;

    private static final String CLAUSE_BREAKS = "，,。；;：:！!？?";
    /** Copulas and marks that may differ between two wordings of one figure (储备量42万吨, 储备量达42万吨). */
    private static final Pattern ANCHOR_NOISE = Pattern.compile("[达为是约共计了\\s“”\"]");
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})\\s*年");

    private final RestatementWords words;

    public RestatementCheck() {
        this(RestatementWords.standard());
    }

    public RestatementCheck(RestatementWords words) {
        this.words = Objects.requireNonNull(words);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> check(Figures figures) {
        Map<Key, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact fact : figures.facts()) {
            for (Key key : keys(fact, figures.fiscalYear())) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(fact);
            }
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (List<Fact> group : groups.values()) {
            List<Fact> firsts = firstOfEachValue(group);
            if (firsts.size() > MAX_VALUES) {
                continue; // one label with many values names a measure of many items (each 项's 预算执行数)
            }
            for (int i = 0; i < firsts.size(); i++) {
                for (int j = i + 1; j < firsts.size(); j++) {
                    Fact a = firsts.get(i);
                    Fact b = firsts.get(j);
                    if (!a.context().equals(b.context()) && reported.add(a.factId() + " " + b.factId())) {
                        compare(a, b).ifPresent(findings::add);
                    }
                }
            }
        }
        return findings;
    }

    /** The keys under which a fact may be restated; none when it is not a figure of the whole document. */
    private List<Key> keys(Fact fact, String fiscalYear) {
        if (!(fact.location() instanceof Location.Paragraph) || !Relations.decidable(fact)) {
            return List.of();
        }
        int at = fact.context().indexOf(fact.text());
        if (at < 0) {
            return List.of();
        }
        String before = fact.context().substring(0, at);
        if (fact.subject().isEmpty() && (words.backReferences().stream().anyMatch(before::contains)
                || words.unnamedLabels().contains(fact.label().strip()))) {
            return List.of();
        }
        String unit = Stated.of(fact).map(Stated::unit).orElse(fact.quantity().unitLabel());
        String year = yearOf(before, fiscalYear);
        String scope = String.join("+", scopeWords(fact.label() + " " + clause(before)));
        List<Key> keys = new ArrayList<>();
        if (words.documentKeys().contains(fact.canonical())) {
            keys.add(new Key(fact.kind(), unit, fact.qualifier().label(), fact.subject(), year, scope,
                    "canonical:" + fact.canonical()));
        }
        boolean longLabel = fact.label().codePointCount(0, fact.label().length()) >= MIN_LABEL;
        if (fact.qualifier() == Qualifier.EXACT && longLabel) {
            keys.add(new Key(fact.kind(), unit, fact.qualifier().label(), fact.subject(), year, scope,
                    "label:" + fact.label()));
        }
        String anchor = ANCHOR_NOISE.matcher(previousClause(before)).replaceAll("");
        if (fact.qualifier() != Qualifier.EXACT && longLabel && anchor.codePoints().anyMatch(Character::isDigit)) {
            // a change said of the same stated figure twice (成品粮储备量42万吨，超额完成目标10% … 10.5%)
            keys.add(new Key(fact.kind(), unit, fact.qualifier().label(), fact.subject(), year, scope,
                    "anchored:" + fact.label() + "@" + anchor));
        }
        return keys;
    }

    /** The clause before the figure's own, when it states a figure: the anchor a change is said of. */
    private static String previousClause(String before) {
        int end = -1;
        for (int i = before.length() - 1; i >= 0; i--) {
            if (CLAUSE_BREAKS.indexOf(before.charAt(i)) >= 0) {
                if (end < 0) {
                    end = i;
                } else {
                    return before.substring(i + 1, end).strip();
                }
            }
        }
        return end < 0 ? "" : before.substring(0, end).strip();
    }

    /** The end of {@code before} from its last clause break: the words that lead up to the figure. */
    private static String clause(String before) {
        int from = 0;
        for (int i = before.length() - 1; i >= 0; i--) {
            if (CLAUSE_BREAKS.indexOf(before.charAt(i)) >= 0) {
                from = i + 1;
                break;
            }
        }
        return before.substring(from);
    }

    private Set<String> scopeWords(String text) {
        Set<String> found = new TreeSet<>();
        for (String w : words.scopeWords()) {
            if (text.contains(w)) {
                found.add(w);
            }
        }
        return found;
    }

    /** The last year named before the figure in its sentence; the fiscal year when none is. */
    private String yearOf(String before, String fiscalYear) {
        int lastAt = -1;
        String year = fiscalYear;
        Matcher m = YEAR.matcher(before);
        while (m.find()) {
            lastAt = m.start();
            year = m.group(1);
        }
        for (String w : words.priorYear()) {
            int at = before.lastIndexOf(w);
            if (at > lastAt) {
                lastAt = at;
                year = fiscalYear.isEmpty() ? "prior" : String.valueOf(Integer.parseInt(fiscalYear) - 1);
            }
        }
        return year;
    }

    /** The first statement of each distinct value in the group, in document order. */
    private static List<Fact> firstOfEachValue(List<Fact> group) {
        List<Fact> firsts = new ArrayList<>();
        for (Fact f : group) {
            if (firsts.stream().noneMatch(g -> sameValue(g, f))) {
                firsts.add(f);
            }
        }
        return firsts;
    }

    /**
     * Whether two statements give one value: the same grade, or the finer number rounded as the
     * coarser is written is the coarser (98.5 and 98.50). Shared with {@link ProseTableCheck}.
     */
    static boolean sameValue(Fact a, Fact b) {
        if (a.quantity() instanceof Quantity.Grade ga && b.quantity() instanceof Quantity.Grade gb) {
            return ga.level() == gb.level();
        }
        Optional<Stated> sa = Stated.of(a);
        Optional<Stated> sb = Stated.of(b);
        if (sa.isEmpty() || sb.isEmpty()) {
            return false;
        }
        Stated coarser = sa.get().halfUnit().compareTo(sb.get().halfUnit()) >= 0 ? sa.get() : sb.get();
        Stated finer = coarser == sa.get() ? sb.get() : sa.get();
        return coarser.roundsTo(finer.value());
    }

    private Optional<Finding> compare(Fact a, Fact b) {
        String subject = a.subject().isEmpty() ? "" : a.subject() + ": ";
        String second = b.label().equals(a.label()) ? "as " : b.label() + " as ";
        String head = subject + a.label() + " stated as ";
        List<Quote> quotes = List.of(Quotes.of(a), Quotes.of(b));
        if (a.quantity() instanceof Quantity.Grade ga && b.quantity() instanceof Quantity.Grade gb) {
            String message = head + ga.level().label() + " (" + a.location().label() + ") and " + second
                    + gb.level().label() + " (" + b.location().label() + "): the grades differ";
            return Optional.of(new Finding(NAME, Severity.ERROR, message, "grade", Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), quotes));
        }
        Stated sa = Stated.of(a).orElseThrow();
        Stated sb = Stated.of(b).orElseThrow();
        BigDecimal difference = sb.value().subtract(sa.value());
        BigDecimal tolerance = sa.halfUnit().add(sb.halfUnit());
        Agreement agreement = Agreement.of(false, difference, tolerance);
        String message = head + sa.shown() + " (" + a.location().label() + ") and " + second + sb.shown() + " ("
                + b.location().label() + "): " + agreement.describe(sa.writeGap(difference.abs(), Stated.IN_FULL),
                tolerance.signum() == 0 ? "" : sa.writeGap(tolerance, Stated.IN_FULL));
        return Optional.of(new Finding(NAME, agreement.severity().orElseThrow(), message, sa.unit(),
                Optional.of(Decimals.plain(sa.value())), Optional.of(Decimals.plain(sb.value())),
                Optional.of(Decimals.plain(difference)), Optional.of(Decimals.plain(tolerance)), quotes));
    }

    /** What makes two statements the same quantity. */
    private record Key(String kind, String unit, String qualifier, String subject, String year, String scope,
                       String name) {
    }
}
