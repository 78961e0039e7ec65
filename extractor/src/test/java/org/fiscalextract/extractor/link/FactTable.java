package org.fiscalextract.extractor.link;

import java.util.ArrayList;
import java.util.List;

import org.fiscalextract.model.fact.Fact;

/**
 * Facts as the golden files write them: one tab-separated line each, in text order, with what
 * a person checks (text, value, unit, qualifier, label, canonical key, subject, location, rule)
 * and without offsets, which differ between renditions of the same report.
 */
final class FactTable {
    static final String HEADER = "kind\ttext\tvalue\tunit\tqualifier\tlabel\tcanonical\tsubject\tlocation\trule";

    private FactTable() {
    }

    static List<String> lines(List<Fact> facts) {
        List<String> lines = new ArrayList<>(facts.size() + 1);
        lines.add(HEADER);
        for (Fact f : facts) {
            lines.add(String.join("\t", f.kind(), clean(f.text()), f.quantity().valueLabel(),
                    f.quantity().unitLabel(), f.qualifier().label(), clean(f.label()), f.canonical(),
                    clean(f.subject()), f.location().label(), f.rule()));
        }
        return lines;
    }

    /** What must agree between renditions: everything but where the fact stands. */
    static String comparable(Fact f) {
        return String.join("\t", f.kind(), clean(f.text()), f.quantity().valueLabel(), f.quantity().unitLabel(),
                f.qualifier().label(), clean(f.label()), f.canonical(), clean(f.subject()));
    }

    static String comparableWithoutSubject(Fact f) {
        return String.join("\t", f.kind(), clean(f.text()), f.quantity().valueLabel(), f.quantity().unitLabel(),
                f.qualifier().label(), clean(f.label()), f.canonical());
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
