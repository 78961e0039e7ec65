package org.fiscalextract.model.check;

/** How serious a finding is: findings.csv's severity column. */
public enum Severity {
    /** The figures disagree beyond what their stated precision allows. */
    ERROR("error"),
    /** Something a reviewer should look at that may still be right (e.g. a count that cannot be tied to its parts). */
    WARNING("warning"),
    /** The figures differ, but within rounding; or a check could not be decided. */
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
