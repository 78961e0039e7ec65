package org.fiscalextract.extractor.docfacts;

import org.fiscalextract.extractor.data.DataFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.model.document.FactSource;

/**
 * Decides a document's kind from the controlled list (doc-kinds.tsv) by the patterns of
 * doc-kind-patterns.tsv, by these rules in order:
 *
 * <ol>
 *   <li>{@code kind.title} (also {@code kind.metadata_title}, {@code kind.path}): the first
 *       title that names a kind; when it names two, the one named first;</li>
 *   <li>{@code kind.heading}: the first heading-like line that names a kind or has a heading
 *       only one kind of report has (绩效目标分解下达情况);</li>
 *   <li>{@code kind.most_stated}: the kind named most often in the first pages.</li>
 * </ol>
 */
final class DocKindClassifier {
    private record KindPattern(String code, boolean outlineOnly, Pattern pattern, int order) {
    }

    private record Match(KindPattern kind, int start, int end) {
        boolean before(Match other) {
            if (start != other.start) {
                return start < other.start;
            }
            if (end - start != other.end - other.start) {
                return end - start > other.end - other.start;
            }
            return kind.order() < other.kind.order();
        }
    }

    private final Map<String, DocKind> kinds;
    private final List<KindPattern> patterns;

    DocKindClassifier(DataFile kindFile, DataFile patternFile) {
        Map<String, DocKind> kinds = new LinkedHashMap<>();
        for (DataFile.Line line : kindFile.lines()) {
            String[] f = line.fields(2);
            kinds.put(f[0], new DocKind(f[0], f[1]));
        }
        this.kinds = java.util.Collections.unmodifiableMap(kinds);
        List<KindPattern> patterns = new ArrayList<>();
        for (DataFile.Line line : patternFile.lines()) {
            String[] f = line.fields(3);
            if (!kinds.containsKey(f[0])) {
                throw new IllegalStateException(patternFile.name() + ":" + line.number() + ": unknown kind " + f[0]);
            }
            if (!f[1].equals("title") && !f[1].equals("outline")) {
                throw new IllegalStateException(patternFile.name() + ":" + line.number() + ": scope is title or outline: " + f[1]);
            }
            patterns.add(new KindPattern(f[0], f[1].equals("outline"), Pattern.compile(f[2]), patterns.size()));
        }
        this.patterns = List.copyOf(patterns);
    }

    Map<String, DocKind> kinds() {
        return kinds;
    }

    Optional<Finding> classify(DocumentLayout layout) {
        for (Window w : layout.titles()) {
            int from = w.source() == FactSource.FILE_PATH ? fileNameStart(w) : 0;
            Optional<Match> m = first(w.text(), from, false);
            if (m.isPresent()) {
                return Optional.of(finding(w, m.get(), "kind." + w.zone().label()));
            }
        }
        for (Window w : layout.headingLines()) {
            Optional<Match> m = first(w.text(), 0, true);
            if (m.isPresent()) {
                return Optional.of(finding(w, m.get(), "kind.heading"));
            }
        }
        Window head = layout.yearWindow();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Match> firstMatch = new LinkedHashMap<>();
        for (KindPattern p : patterns) {
            if (p.outlineOnly()) {
                continue;
            }
            Matcher m = p.pattern().matcher(head.text());
            while (m.find()) {
                counts.merge(p.code(), 1, Integer::sum);
                Match match = new Match(p, m.start(), m.end());
                firstMatch.merge(p.code(), match, (a, b) -> a.before(b) ? a : b);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)
                    || (e.getValue().equals(counts.get(best)) && firstMatch.get(e.getKey()).before(firstMatch.get(best)))) {
                best = e.getKey();
            }
        }
        return best == null ? Optional.empty() : Optional.of(finding(head, firstMatch.get(best), "kind.most_stated"));
    }

    /** True when {@code text} names a kind of report the way a title does. */
    boolean namesKind(String text) {
        return first(text, 0, false).isPresent();
    }

    private Optional<Match> first(String text, int from, boolean withOutline) {
        Match best = null;
        for (KindPattern p : patterns) {
            if (p.outlineOnly() && !withOutline) {
                continue;
            }
            Matcher m = p.pattern().matcher(text).region(from, text.length());
            if (m.find()) {
                Match match = new Match(p, m.start(), m.end());
                if (best == null || match.before(best)) {
                    best = match;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Finding finding(Window w, Match m, String rule) {
        return new Finding(m.kind().code(), w.evidence(m.start(), m.end(), rule));
    }

    /** Where the file's own name starts in a path window (after the last folder separator). */
    static int fileNameStart(Window w) {
        String t = w.text();
        return Math.max(t.lastIndexOf('/'), t.lastIndexOf('\\')) + 1;
    }
}
