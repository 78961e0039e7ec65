package org.fiscalextract.model.check;

import java.util.Objects;

/**
 * A fact a finding rests on, as a reviewer reads it: its id, the text around it and where it stands.
 * A weight an indicator table states is quoted too, though it is not a fact: its {@code factId} is
 * empty, {@code text} the cell's text, {@code sentence} the name of what it weighs.
 */
public record Quote(String factId, String text, String sentence, String location) {
    public Quote {
        Objects.requireNonNull(factId);
        Objects.requireNonNull(text);
        Objects.requireNonNull(sentence);
        Objects.requireNonNull(location);
    }
}
