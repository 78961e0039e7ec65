package org.fiscalextract.extractor.docfacts;

/**
 * Where in a document a piece of evidence stands, and how much a place named there says about
 * the document's own region. A zone's total per division is capped, so a name repeated in the
 * body never outweighs the title.
 */
enum Zone {
    /** The title lines at the top of the text. */
    TITLE("title", 10, 20),
    /** The title the file states about itself. */
    METADATA_TITLE("metadata_title", 8, 8),
    /** The body's name as a form field, the title or a signature states it (实施单位 …). */
    PUBLISHER("publisher", 6, 12),
    /** Short lines at the end: a signature. */
    SIGNATURE("signature", 6, 6),
    /** The file's name and the folders it lies in. */
    PATH("path", 5, 5),
    /** The first lines after the title. */
    HEAD("head", 2, 4),
    /** The rest of the text that is read. */
    BODY("body", 1, 4);

    private final String label;
    private final double weight;
    private final double cap;

    Zone(String label, double weight, double cap) {
        this.label = label;
        this.weight = weight;
        this.cap = cap;
    }

    /** The name used in rule names, e.g. {@code region.title}. */
    String label() {
        return label;
    }

    double weight() {
        return weight;
    }

    double cap() {
        return cap;
    }
}
