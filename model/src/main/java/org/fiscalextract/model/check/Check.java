package org.fiscalextract.model.check;

import java.util.List;

/**
 * One consistency check: it reads the figures and returns what does not hold. A check never
 * fixes a figure and never guesses: what it cannot decide it reports as {@link Severity#INFO}
 * or not at all, never as an error.
 */
public interface Check {

    /** The name findings.csv carries in its check column, e.g. {@code breakdown_sum}. */
    String name();

    List<Finding> check(Figures figures);
}
