package org.fiscalextract.model.fact;

/** The four-level grade scale evaluations are normalized to. */
public enum GradeLevel {
    EXCELLENT("优"),
    GOOD("良"),
    FAIR("中"),
    POOR("差");

    private final String label;

    GradeLevel(String label) {
        this.label = label;
    }

    /** The normalized grade as written in the output: 优, 良, 中 or 差. */
    public String label() {
        return label;
    }
}
