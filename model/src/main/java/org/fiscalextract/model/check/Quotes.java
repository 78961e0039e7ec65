package org.fiscalextract.model.check;

import org.fiscalextract.model.fact.Fact;

/** The quotes a finding shows: a fact with its sentence, or a table weight with its cell. */
final class Quotes {
    private Quotes() {
    }

    /** A fact as a reviewer reads it: its id, its text, its sentence (or table row), where it stands. */
    static Quote of(Fact fact) {
        return new Quote(fact.factId(), fact.text(), fact.context(), fact.location().label());
    }

    /**
     * A weight an indicator table states, which is not a fact: no fact id; its cell's text, the
     * name of the section or item it weighs, and the cell's location.
     */
    static Quote of(IndicatorTable.Points points, String weighs) {
        return new Quote("", points.text(), weighs, points.location());
    }
}
