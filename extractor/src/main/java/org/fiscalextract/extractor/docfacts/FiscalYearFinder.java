package org.fiscalextract.extractor.docfacts;

import org.fiscalextract.extractor.data.DataFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.model.document.FactSource;

/**
 * Finds the year a report is about, by these rules in order:
 *
 * <ol>
 *   <li>{@code year.title} (also {@code year.metadata_title}, {@code year.path}): the first year
 *       in the first title that has one, as it stands (a budget's title names the year it is for);</li>
 *   <li>{@code year.heading}: the first heading-like line that names both a year and a kind of
 *       report (第二部分 2024年度部门决算情况说明);</li>
 *   <li>{@code year.most_stated}: the year stated most in the first pages, 「YYYY年度」 counting
 *       three times 「YYYY年」; not counted: full dates (2025年3月18日, a publication date), years
 *       planned for (2025年预算绩效工作重点, 2025年将…), ends of ranges (2021-2025年) and years inside
 *       the title of a cited document (《2024年预算绩效目标编审指南》). A tie goes to the year stated
 *       first. Headings (rule 2) skip planned years too.</li>
 * </ol>
 * Years are read in Arabic digits (2024年) or Chinese digits (二〇二四年), from 1990 to 2099.
 */
final class FiscalYearFinder {
    private static final Pattern YEAR = Pattern.compile(
            "((?:19|20)[0-9]{2}|[〇○零一二三四五六七八九]{4})年(度)?");
    private static final Pattern FULL_DATE = Pattern.compile("^(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日");
    private static final int CITATION_REACH = 60;
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2099;

    private static final int PHRASE_REACH = 12;

    private final List<String> planCues;
    private final List<String> planStarts;
    private final List<String> rangeMarks;
    private final Map<Character, Character> numerals;
    private final DocKindClassifier kinds;

    FiscalYearFinder(DataFile rules, DocKindClassifier kinds) {
        this.planCues = rules.valuesOf("plan-cue");
        this.planStarts = rules.valuesOf("plan-start");
        this.rangeMarks = rules.valuesOf("range-mark");
        Map<Character, Character> numerals = new LinkedHashMap<>();
        for (String[] row : rules.rowsOf("numeral", 3)) {
            numerals.put(row[1].charAt(0), row[2].charAt(0));
        }
        this.numerals = Map.copyOf(numerals);
        this.kinds = kinds;
    }

    /** One year stated in a window. */
    private record Stated(String year, int start, int end, boolean ofYear) {
    }

    Optional<Finding> find(DocumentLayout layout) {
        for (Window w : layout.titles()) {
            int from = w.source() == FactSource.FILE_PATH ? DocKindClassifier.fileNameStart(w) : 0;
            Matcher m = YEAR.matcher(w.text()).region(from, w.length());
            while (m.find()) {
                Optional<Stated> s = stated(w.text(), m, false);
                if (s.isPresent()) {
                    return Optional.of(finding(w, s.get(), "year." + w.zone().label()));
                }
            }
        }
        for (Window w : layout.headingLines()) {
            Matcher m = YEAR.matcher(w.text());
            while (m.find()) {
                Optional<Stated> s = stated(w.text(), m, true);
                if (s.isPresent() && namesKind(w)) {
                    return Optional.of(finding(w, s.get(), "year.heading"));
                }
            }
        }
        Window head = layout.yearWindow();
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, Stated> first = new LinkedHashMap<>();
        Matcher m = YEAR.matcher(head.text());
        while (m.find()) {
            Optional<Stated> s = stated(head.text(), m, true);
            if (s.isEmpty() || cited(head.text(), m.start())) {
                continue;
            }
            scores.merge(s.get().year(), s.get().ofYear() ? 3 : 1, Integer::sum);
            first.putIfAbsent(s.get().year(), s.get());
        }
        String best = null;
        for (Map.Entry<String, Integer> e : scores.entrySet()) {
            if (best == null || e.getValue() > scores.get(best)) {
                best = e.getKey();
            }
        }
        return best == null ? Optional.empty() : Optional.of(finding(head, first.get(best), "year.most_stated"));
    }

    private boolean namesKind(Window w) {
        return kinds.namesKind(w.text());
    }

    /** The year matched, unless it is no year, a full date, the end of a range or (when {@code excludePlans}) planned for. */
    private Optional<Stated> stated(String text, Matcher m, boolean excludePlans) {
        if (m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1))) {
            return Optional.empty();
        }
        String digits = toDigits(m.group(1));
        if (digits == null) {
            return Optional.empty();
        }
        int year = Integer.parseInt(digits);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Optional.empty();
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
        if (FULL_DATE.matcher(after).find()) {
            return Optional.empty();
        }
        if (endOfRange(text, m.start())) {
            return Optional.empty();
        }
        if (excludePlans && planned(text, m.end())) {
            return Optional.empty();
        }
        return Optional.of(new Stated(digits, m.start(), m.end(), m.group(2) != null));
    }

    /** A plan word right after the year, or in the rest of its phrase. */
    private boolean planned(String text, int from) {
        for (String start : planStarts) {
            if (text.startsWith(start, from)) {
                return true;
            }
        }
        int end = from;
        while (end < text.length() && end - from < PHRASE_REACH && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        String phrase = text.substring(from, end);
        for (String cue : planCues) {
            if (phrase.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    private boolean endOfRange(String text, int start) {
        for (String mark : rangeMarks) {
            int p = start - mark.length();
            if (p >= 0 && text.startsWith(mark, p)) {
                int q = p;
                if (q >= 1 && text.charAt(q - 1) == '年') {
                    q--;
                }
                if (q >= 4 && text.substring(q - 4, q).chars().allMatch(Character::isDigit)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean cited(String text, int start) {
        for (int i = start - 1; i >= 0 && i >= start - CITATION_REACH; i--) {
            char c = text.charAt(i);
            if (c == '》') {
                return false;
            }
            if (c == '《') {
                return true;
            }
        }
        return false;
    }

    private String toDigits(String year) {
        StringBuilder out = new StringBuilder(4);
        for (int i = 0; i < year.length(); i++) {
            char c = year.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            } else {
                Character d = numerals.get(c);
                if (d == null) {
                    return null;
                }
                out.append(d.charValue());
            }
        }
        return out.toString();
    }

    private static Finding finding(Window w, Stated s, String rule) {
        return new Finding(s.year(), w.evidence(s.start(), s.end(), rule));
    }
}
