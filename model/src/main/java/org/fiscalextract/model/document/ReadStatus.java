package org.fiscalextract.model.document;

/** How well a file was read: {@code documents.csv}'s status column. */
public enum ReadStatus {
    /** All of the file's text was read. */
    OK("ok"),
    /** Some text was read, some was not (the error column says what is missing). */
    PARTIAL("partial"),
    /** No usable text was read. */
    FAILED("failed");

    private final String label;

    ReadStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
