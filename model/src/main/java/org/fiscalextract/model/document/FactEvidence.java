package org.fiscalextract.model.document;

import java.util.Objects;

/**
 * Where a document fact was read from: {@code [start, end)} in the string {@code source} names
 * (the canonical text, the metadata title or the source path), the text found there, and the name
 * of the rule that read it, e.g. {@code region.title} or {@code year.title}.
 */
public record FactEvidence(FactSource source, int start, int end, String text, String rule) {
    public FactEvidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad evidence offsets [" + start + "," + end + ")");
        }
        if (rule.isBlank()) {
            throw new IllegalArgumentException("evidence needs the name of its rule");
        }
    }
}
