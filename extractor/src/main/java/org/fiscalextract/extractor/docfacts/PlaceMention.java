package org.fiscalextract.extractor.docfacts;

import java.util.List;

import org.fiscalextract.model.document.FactEvidence;

/**
 * A division named in one window: {@code [start, end)} of the window's text covers the name and
 * the parents written before it (攀枝花市东区, 黄石经济技术开发区·铁山区), {@code localStart} the
 * part from the prefecture on (without a province written first).
 *
 * @param candidates the divisions the name may stand for, narrowed by the parent written before it
 * @param chained    a parent division was written right before the name
 * @param shortName  only the short form of a province or prefecture, with no child after it (四川, 攀枝花)
 * @param weight     how much this mention says about the document's own region
 */
record PlaceMention(Window window, int start, int localStart, int nameStart, int end, List<Division> candidates,
                    boolean chained, boolean shortName, double weight) {

    PlaceMention {
        candidates = List.copyOf(candidates);
    }

    Zone zone() {
        return window.zone();
    }

    boolean ambiguous() {
        return candidates.size() > 1;
    }

    /** The name as written, from the prefecture on (攀枝花市东区), for composing a body's name. */
    String localForm() {
        return window.text().substring(localStart, end);
    }

    FactEvidence evidence(String rule) {
        return window.evidence(start, end, rule);
    }

    PlaceMention inZone(Zone zone, double newWeight) {
        return new PlaceMention(window.inZone(zone), start, localStart, nameStart, end, candidates, chained, shortName, newWeight);
    }

    PlaceMention resolvedTo(Division d) {
        return new PlaceMention(window, start, localStart, nameStart, end, List.of(d), chained, shortName, weight);
    }
}
