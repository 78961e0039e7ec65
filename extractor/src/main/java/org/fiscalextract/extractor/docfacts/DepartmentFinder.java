package org.fiscalextract.extractor.docfacts;

import org.fiscalextract.extractor.data.DataFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.model.document.FactEvidence;
import org.fiscalextract.model.document.FactSource;

/**
 * Finds the body that publishes a report or is evaluated in it, by these rules in order:
 *
 * <ol>
 *   <li>{@code department.title}: the title starts with a body's name before its year
 *       (丰都县发展和改革委员会2024年度…); also the metadata title and the file name;</li>
 *   <li>{@code department.form}: a form field names it (实施单位, 部门名称 …);</li>
 *   <li>{@code department.signature}: a short line at the end is a body's name starting with a place;</li>
 *   <li>{@code department.self_reference}: the report speaks of itself (我局) and names, in its
 *       own region, a body with a matching ending; the body it names most (in full, 中阳县财政局,
 *       or short, 县财政局) is taken, its full name as written or else composed from the region
 *       as the document writes it (黄石经济技术开发区·铁山区 + 财政局);</li>
 *   <li>{@code department.reporting_body}: for a kind of report one body always writes (a
 *       region's 预算绩效管理工作情况 is the finance bureau's), that body when the text names it
 *       at least twice.</li>
 * </ol>
 * Nothing else: a report that only says 我委 has no stated department.
 */
final class DepartmentFinder {
    private static final Pattern TITLE_BODY = Pattern.compile(
            "(?:关于)?([\\p{IsHan}·•（）()]{3,40}?)(?=(?:19|20)[0-9]{2}年|[〇○零一二三四五六七八九]{4}年|关于)");
    private static final Pattern BODY_CHARS = Pattern.compile("[\\p{IsHan}·•（）()]{4,60}");
    private static final int BODY_REACH = 15;
    private static final int MIN_REPORTING = 2;
    private static final int MAX_LABELLED_CELL = 80;
    private static final int MAX_FORM_LINE = 2_000;
    private static final String TRAILING_FORM_WORD = "部门";

    private final BodySuffixes suffixes;
    private final List<String> formLabels;
    private final List<String> formNoise;
    private final Map<String, String> reportingBodies;
    private final List<String> levelWords;
    private final List<String> partyPrefixes;
    private final PlaceMentionFinder places;

    DepartmentFinder(BodySuffixes suffixes, DataFile rules, DataFile affixes, PlaceMentionFinder places) {
        this.suffixes = suffixes;
        this.formLabels = rules.valuesOf("form-label");
        this.formNoise = rules.valuesOf("form-noise");
        Map<String, String> reporting = new LinkedHashMap<>();
        for (String[] row : rules.rowsOf("reporting-body", 3)) {
            reporting.put(row[1], row[2]);
        }
        this.reportingBodies = Map.copyOf(reporting);
        this.levelWords = rules.valuesOf("level-word");
        this.partyPrefixes = affixes.valuesOf("party-prefix");
        this.places = places;
    }

    /** The body as the title, a form field or a signature states it, without knowing the region. */
    Optional<Finding> stated(DocumentLayout layout) {
        for (Window w : layout.titles()) {
            Optional<Finding> f = fromTitle(w);
            if (f.isPresent()) {
                return f;
            }
        }
        Optional<Finding> form = fromForm(layout);
        if (form.isPresent()) {
            return form;
        }
        return fromSignature(layout);
    }

    private Optional<Finding> fromTitle(Window w) {
        int from = w.source() == FactSource.FILE_PATH ? DocKindClassifier.fileNameStart(w) : 0;
        Matcher m = TITLE_BODY.matcher(w.text()).region(from, w.length());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String name = m.group(1);
        if (!suffixes.isBodyName(name)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(normalize(name), w.evidence(m.start(1), m.end(1), "department." + w.zone().label())));
    }

    private Optional<Finding> fromForm(DocumentLayout layout) {
        String text = layout.text();
        Finding best = null;
        int bestRank = Integer.MAX_VALUE;
        List<TextLine> lines = layout.lines();
        for (int li = 0; li < lines.size(); li++) {
            TextLine line = lines.get(li);
            if (line.end() - line.start() > MAX_FORM_LINE) {
                continue;
            }
            List<int[]> cells = cells(text, line);
            for (int ci = 0; ci < cells.size(); ci++) {
                int[] cell = cells.get(ci);
                if (cell[1] - cell[0] > MAX_LABELLED_CELL) {
                    continue;
                }
                String label = stripNoise(Window.of(Zone.PUBLISHER, FactSource.TEXT, text, cell[0], cell[1]).text());
                int rank = formLabels.indexOf(label);
                int[] value = null;
                if (rank >= 0) {
                    value = nextCell(text, cells, ci, lines, li);
                } else {
                    // 「label：value」 in a short cell or line: 单位名称：…, 预算主管部门：上海市普陀区司法局
                    for (int k = 0; k < formLabels.size() && value == null; k++) {
                        int colon = labelColon(text, cell[0], cell[1], formLabels.get(k));
                        if (colon >= 0) {
                            value = new int[] {colon + 1, valueEnd(text, colon + 1, cell[1])};
                            rank = k;
                        }
                    }
                }
                if (value == null || rank >= bestRank) {
                    continue;
                }
                Optional<Finding> f = formValue(text, value);
                if (f.isPresent()) {
                    best = f.get();
                    bestRank = rank;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<Finding> formValue(String text, int[] span) {
        Window w = Window.of(Zone.PUBLISHER, FactSource.TEXT, text, span[0], span[1]);
        String value = w.text();
        int end = value.length();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String noise : formNoise) {
                if (value.substring(0, end).endsWith(noise)) {
                    end -= noise.length();
                    changed = true;
                }
            }
        }
        String kept = value.substring(0, end);
        if (kept.endsWith(TRAILING_FORM_WORD) && suffixes.isBodyName(kept.substring(0, kept.length() - TRAILING_FORM_WORD.length()))) {
            end -= TRAILING_FORM_WORD.length();
            kept = value.substring(0, end);
        }
        if (!BODY_CHARS.matcher(kept).matches() || !suffixes.isBodyName(kept)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(normalize(kept), w.evidence(0, end, "department.form")));
    }

    private Optional<Finding> fromSignature(DocumentLayout layout) {
        List<Window> lines = layout.signatureLines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Window w = lines.get(i);
            String t = w.text();
            if (!BODY_CHARS.matcher(t).matches() || !suffixes.isBodyName(t)) {
                continue;
            }
            int placeAt = partyPrefixLength(t, 0);
            boolean startsWithPlace = places.find(w).stream().anyMatch(m -> m.start() == placeAt);
            if (startsWithPlace) {
                return Optional.of(new Finding(normalize(t), w.evidence(0, t.length(), "department.signature")));
            }
        }
        return Optional.empty();
    }

    /**
     * The body linked to the region: by self-reference, or as the body that writes this kind of report.
     *
     * @param windows  the windows places were looked for in
     * @param mentions every place mention found in them
     */
    Optional<Finding> linked(DocumentLayout layout, RegionChoice region, List<Window> windows,
                             List<PlaceMention> mentions, String docKind) {
        if (region.division().isEmpty()) {
            return Optional.empty();
        }
        Division d = region.division().get();
        String level = d.name().substring(d.name().length() - 1);
        if (!levelWords.contains(level)) {
            return Optional.empty();
        }
        String text = layout.text();
        String scanned = text.substring(0, Math.min(text.length(), DocumentLayout.SCAN_LIMIT));
        String selfReference = mostFrequent(scanned, suffixes.selfReferences().keySet());
        List<String> endings;
        String exactKey = null;
        String rule;
        if (selfReference != null) {
            endings = suffixes.selfReferences().get(selfReference);
            rule = "department.self_reference";
        } else if (reportingBodies.containsKey(docKind)) {
            exactKey = reportingBodies.get(docKind);
            endings = List.of(exactKey);
            rule = "department.reporting_body";
        } else {
            return Optional.empty();
        }

        Map<String, BodyCount> counts = new LinkedHashMap<>();
        for (PlaceMention m : region.mentions()) {
            if (m.window().source() != FactSource.TEXT) {
                continue;
            }
            String wt = m.window().text();
            String key = bodyAfter(wt, m.end(), endings);
            if (key == null || (exactKey != null && !exactKey.equals(key))) {
                continue;
            }
            int start = m.localStart() - partyPrefixBefore(wt, m.localStart());
            FactEvidence ev = m.window().evidence(start, m.end() + key.length(), rule);
            counts.computeIfAbsent(key, k -> new BodyCount()).full(normalize(wt.substring(start, m.end() + key.length())), ev);
        }
        Set<Integer> placeEnds = new HashSet<>();
        for (PlaceMention m : mentions) {
            if (m.window().source() == FactSource.TEXT) {
                placeEnds.add(m.window().sourceEnd(m.end()));
            }
        }
        char levelChar = level.charAt(0);
        for (Window w : windows) {
            if (w.source() != FactSource.TEXT) {
                continue;
            }
            String wt = w.text();
            for (int i = wt.indexOf(levelChar); i >= 0; i = wt.indexOf(levelChar, i + 1)) {
                if (placeEnds.contains(w.sourceStart(i) + 1)) {
                    continue;   // the end of a place's name (船山区财政局), not 区财政局
                }
                String key = bodyAfter(wt, i + 1, endings);
                if (key == null || (exactKey != null && !exactKey.equals(key))) {
                    continue;
                }
                counts.computeIfAbsent(key, k -> new BodyCount()).shortForm(w.evidence(i, i + 1 + key.length(), rule + ".composed"));
            }
        }
        Map.Entry<String, BodyCount> best = null;
        for (Map.Entry<String, BodyCount> e : counts.entrySet()) {
            if (best == null || e.getValue().count() > best.getValue().count()
                    || (e.getValue().count() == best.getValue().count() && e.getValue().first() < best.getValue().first())) {
                best = e;
            }
        }
        if (best == null || (exactKey != null && best.getValue().count() < MIN_REPORTING)) {
            return Optional.empty();
        }
        BodyCount body = best.getValue();
        if (body.fullName != null) {
            return Optional.of(new Finding(body.fullName, body.fullEvidence));
        }
        String written = region.writtenForm();
        String name = (written.isEmpty() ? d.name() : written) + best.getKey();
        return Optional.of(new Finding(name, body.shortEvidence));
    }

    /** How often one body of the region is named, and its longest full name. */
    private static final class BodyCount {
        private int count;
        private int first = Integer.MAX_VALUE;
        private String fullName;
        private FactEvidence fullEvidence;
        private FactEvidence shortEvidence;

        void full(String name, FactEvidence ev) {
            count++;
            first = Math.min(first, ev.start());
            if (fullName == null || name.length() > fullName.length()) {
                fullName = name;
                fullEvidence = ev;
            }
        }

        void shortForm(FactEvidence ev) {
            count++;
            first = Math.min(first, ev.start());
            if (shortEvidence == null || ev.start() < shortEvidence.start()) {
                shortEvidence = ev;
            }
        }

        int count() {
            return count;
        }

        int first() {
            return first;
        }
    }

    /** The body's name after a place's name ending at {@code from}: Han characters up to the first matching ending. */
    private static String bodyAfter(String text, int from, List<String> endings) {
        int limit = Math.min(text.length(), from + BODY_REACH);
        for (int j = from; j < limit; j++) {
            if (!PlaceMentionFinder.isHan(text.charAt(j))) {
                return null;
            }
            for (String ending : endings) {
                if (text.startsWith(ending, j)) {
                    String key = text.substring(from, j + ending.length());
                    return key.length() >= 2 ? key : null;
                }
            }
        }
        return null;
    }

    private static String mostFrequent(String text, Set<String> words) {
        String best = null;
        int bestCount = 0;
        for (String w : words) {
            int count = 0;
            for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length())) {
                count++;
            }
            if (count > bestCount) {
                best = w;
                bestCount = count;
            }
        }
        return best;
    }

    private int partyPrefixBefore(String text, int at) {
        for (String p : partyPrefixes) {
            if (at >= p.length() && text.startsWith(p, at - p.length())) {
                return p.length();
            }
        }
        return 0;
    }

    private int partyPrefixLength(String text, int at) {
        for (String p : partyPrefixes) {
            if (text.startsWith(p, at)) {
                return p.length();
            }
        }
        return 0;
    }

    private String stripNoise(String label) {
        for (String noise : formNoise) {
            label = label.replace(noise, "");
        }
        return label;
    }

    private static List<int[]> cells(String text, TextLine line) {
        List<int[]> cells = new ArrayList<>();
        int start = line.start();
        for (int i = line.start(); i <= line.end(); i++) {
            if (i == line.end() || text.charAt(i) == '\t') {
                if (!text.substring(start, i).isBlank()) {
                    cells.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return cells;
    }

    /** The next non-blank cell of the row, or the first of the next non-blank line (tables flattened one cell a line). */
    private static int[] nextCell(String text, List<int[]> cells, int ci, List<TextLine> lines, int li) {
        if (ci + 1 < cells.size()) {
            return cells.get(ci + 1);
        }
        if (cells.size() > 1) {
            return null;
        }
        for (int k = li + 1; k < lines.size() && k <= li + 2; k++) {
            List<int[]> next = cells(text, lines.get(k));
            if (!next.isEmpty()) {
                return next.get(0);
            }
        }
        return null;
    }

    /** A value after a colon ends where white space follows it (发布机构：丰都县财政局  发文日期：…). */
    private static int valueEnd(String text, int from, int to) {
        int i = from;
        while (i < to && Window.isSpace(text.charAt(i))) {
            i++;
        }
        while (i < to && !Window.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the colon after {@code label} stands in {@code [from, to)} of the text, or -1. */
    private static int labelColon(String text, int from, int to, String label) {
        String cell = text.substring(from, to);
        for (int k = cell.indexOf(label); k >= 0; k = cell.indexOf(label, k + 1)) {
            int j = from + k + label.length();
            while (j < to && Window.isSpace(text.charAt(j))) {
                j++;
            }
            if (j < to && (text.charAt(j) == '：' || text.charAt(j) == ':')) {
                return j;
            }
        }
        return -1;
    }

    private static String normalize(String name) {
        return name.replace('•', '·').replace('・', '·').replace('‧', '·').replace('∙', '·');
    }

    /** Spans of the canonical text where a stated department stands, for the region's weighing. */
    static List<int[]> textSpans(Optional<Finding> stated) {
        List<int[]> spans = new ArrayList<>();
        stated.ifPresent(f -> {
            if (f.evidence().source() == FactSource.TEXT) {
                spans.add(new int[] {f.evidence().start(), f.evidence().end()});
            }
        });
        return spans;
    }
}
