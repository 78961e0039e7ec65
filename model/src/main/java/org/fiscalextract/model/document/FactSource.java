package org.fiscalextract.model.document;

/**
 * Which string a document fact's evidence offsets point into.
 */
public enum FactSource {
    /** The canonical text, {@link ParsedDocument#text()}. */
    TEXT,
    /** The title the file states about itself, {@link DocumentMetadata#title()}. */
    METADATA_TITLE,
    /** The source path of the file as it was given to the extractor (its name and folders). */
    FILE_PATH
}
