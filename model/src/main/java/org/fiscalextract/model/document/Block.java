package org.fiscalextract.model.document;

import java.util.Objects;

/**
 * One piece of a document's canonical text: a heading, paragraph, list item or table cell.
 * {@code [start, end)} are offsets into {@link ParsedDocument#text()}; {@code text} is the block's
 * own normalized text, which the canonical text holds at exactly those offsets.
 */
public record Block(int index, BlockKind kind, int start, int end, String text, Location location) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("block offsets [" + start + "," + end + ") do not fit its text of "
                    + text.length() + " chars");
        }
        if ((kind == BlockKind.TABLE_CELL) != (location instanceof Location.Cell)) {
            throw new IllegalArgumentException(kind + " block cannot stand at " + location.label());
        }
    }

    public int page() {
        return location.page();
    }
}
