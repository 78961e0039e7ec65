package org.fiscalextract.model.fact;

import java.util.Objects;

import org.fiscalextract.model.document.Location;

/**
 * One quantity a document states, with where it stands and what it is about: a row of
 * {@code facts.csv}. {@code [start, end)} are offsets into the document's canonical text and
 * {@code text} is exactly the text there.
 *
 * @param factId    unique within the document, in text order: f1, f2, …
 * @param rule      the name of the rule that recognised it, e.g. {@code money.arabic}
 * @param label     the phrase that names the number (项目预算资金总额, 预算执行率), or empty
 * @param canonical the controlled-vocabulary key of the label (budget_total), or empty
 * @param subject   the project, fund or department the number belongs to, or empty
 * @param context   the sentence (or table row) it stands in
 */
public record Fact(String factId, Quantity quantity, Qualifier qualifier, int start, int end, String text,
                   Location location, String rule, String label, String canonical, String subject,
                   String context) {
    public Fact {
        Objects.requireNonNull(factId);
        Objects.requireNonNull(quantity);
        Objects.requireNonNull(qualifier);
        Objects.requireNonNull(text);
        Objects.requireNonNull(location);
        Objects.requireNonNull(rule);
        Objects.requireNonNull(label);
        Objects.requireNonNull(canonical);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(context);
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("fact offsets [" + start + "," + end + ") do not fit '" + text + "'");
        }
    }

    public String kind() {
        return quantity.kind();
    }
}
