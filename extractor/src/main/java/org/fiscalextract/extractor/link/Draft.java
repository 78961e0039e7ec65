package org.fiscalextract.extractor.link;

import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity;

/** A fact before it is numbered: offsets are already in the canonical text. */
record Draft(int start, int end, Quantity quantity, Qualifier qualifier, String rule, String label,
             String canonical, String subject, String context, Location location) {

    Fact toFact(String factId, String canonicalText) {
        return new Fact(factId, quantity, qualifier, start, end, canonicalText.substring(start, end), location,
                rule, label, canonical, subject, context);
    }
}
