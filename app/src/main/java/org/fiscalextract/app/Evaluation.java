package org.fiscalextract.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores extracted facts against expected ones, per kind: a fact is found when the expected
 * list has one of the same kind, text, value, unit and qualifier not yet matched (offsets are
 * left out: they differ between renditions of a report). Of the found ones, how many also
 * have the expected label, canonical key and subject.
 */
final class Evaluation {
    /** A fact as compared: what is matched on, and what is scored once matched. */
    record Row(String kind, String text, String value, String unit, String qualifier, String label,
               String canonical, String subject) {
        String key() {
            return String.join("\t", kind, text, value, unit, qualifier);
        }
    }

    /** Counts for one kind. */
    static final class Score {
        int expected;
        int actual;
        int found;
        int sameLabel;
        int sameCanonical;
        int sameSubject;

        double precision() {
            return actual == 0 ? 1.0 : (double) found / actual;
        }

        double recall() {
            return expected == 0 ? 1.0 : (double) found / expected;
        }
    }

    private final Map<String, Score> byKind = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();

    /** Adds one document's comparison; {@code name} says which document in the list of misses. */
    void add(String name, List<Row> expected, List<Row> actual) {
        Map<String, List<Row>> open = new LinkedHashMap<>();
        for (Row e : expected) {
            open.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
            score(e.kind()).expected++;
        }
        for (Row a : actual) {
            Score s = score(a.kind());
            s.actual++;
            List<Row> candidates = open.get(a.key());
            if (candidates == null || candidates.isEmpty()) {
                misses.add(name + "\textra\t" + a.key() + "\t" + a.label());
                continue;
            }
            Row e = candidates.remove(0);
            s.found++;
            s.sameLabel += e.label().equals(a.label()) ? 1 : 0;
            s.sameCanonical += e.canonical().equals(a.canonical()) ? 1 : 0;
            s.sameSubject += e.subject().equals(a.subject()) ? 1 : 0;
        }
        open.values().forEach(rows -> rows.forEach(e -> misses.add(name + "\tmissing\t" + e.key() + "\t" + e.label())));
    }

    Map<String, Score> byKind() {
        return byKind;
    }

    List<String> misses() {
        return misses;
    }

    private Score score(String kind) {
        return byKind.computeIfAbsent(kind, k -> new Score());
    }
}
