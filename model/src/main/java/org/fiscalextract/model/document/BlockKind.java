package org.fiscalextract.model.document;

/** What a block of the canonical text is in the source document. */
public enum BlockKind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    TABLE_CELL
}
