package org.fiscalextract.model.report;

import java.util.List;
import java.util.Objects;

import org.fiscalextract.model.document.DocumentFacts;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.fact.Fact;

/**
 * Everything known about one input file after extraction: how it was read, what it says about
 * itself (region, year, kind) and the quantities it states. Exporters write it; they never look
 * back into the extractor.
 */
public record Report(String docId, ReadOutcome outcome, DocumentFacts documentFacts, List<Fact> facts) {
    public Report {
        Objects.requireNonNull(docId);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(documentFacts);
        facts = List.copyOf(facts);
    }

    /** A file read (or not) without looking for facts: a failed read, or a reading-only run. */
    public static Report withoutFacts(String docId, ReadOutcome outcome) {
        return new Report(docId, outcome, DocumentFacts.NONE, List.of());
    }
}
