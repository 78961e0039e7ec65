package org.fiscalextract.model.document;

import java.util.Objects;

/**
 * What the file says about itself. Empty strings stand for "not stated"; dates are kept as the
 * file states them (ISO-8601 where the format has a date type).
 */
public record DocumentMetadata(String title, String author, String created, String modified,
                               String producer, String contentType, String charset, int pageCount) {
    public static final DocumentMetadata NONE = new DocumentMetadata("", "", "", "", "", "", "", 0);

    public DocumentMetadata {
        Objects.requireNonNull(title);
        Objects.requireNonNull(author);
        Objects.requireNonNull(created);
        Objects.requireNonNull(modified);
        Objects.requireNonNull(producer);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(charset);
    }
}
