package org.fiscalextract.extractor.recognize;

import java.util.Objects;

import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity;

/**
 * A quantity a recognizer found in a piece of text. {@code [start, end)} are offsets into the
 * text the recognizer was given; {@code rule} names the rule that made it.
 */
public record Mention(int start, int end, Quantity quantity, Qualifier qualifier, String rule) {
    public Mention {
        Objects.requireNonNull(quantity);
        Objects.requireNonNull(qualifier);
        Objects.requireNonNull(rule);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative mention [" + start + "," + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
