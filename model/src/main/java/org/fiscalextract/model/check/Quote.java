package org.fiscalextract.model.check;

import java.util.Objects;

/** A fact a finding rests on, as a reviewer reads it: its id, the text around it and where it stands. */
public record Quote(String factId, String text, String sentence, String location) {
    public Quote {
        Objects.requireNonNull(factId);
        Objects.requireNonNull(text);
        Objects.requireNonNull(sentence);
        Objects.requireNonNull(location);
    }
}
