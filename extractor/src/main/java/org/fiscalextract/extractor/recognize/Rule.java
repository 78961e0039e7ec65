package org.fiscalextract.extractor.recognize;

import java.util.Objects;
import java.util.regex.Pattern;

/** A named pattern from a rule file; the name goes into every mention it makes. */
public record Rule(String name, Pattern pattern) {
    public Rule {
        Objects.requireNonNull(name);
        Objects.requireNonNull(pattern);
    }
}
