package org.fiscalextract.model.document;

import java.util.List;
import java.util.Objects;

/**
 * A document read into one canonical text. Paragraph-like blocks end with a newline; the cells
 * of a table row are separated by tabs and the row ends with a newline, so each line of the
 * text is one paragraph or one table row. Every later offset points into {@link #text()}.
 */
public record ParsedDocument(String docId, SourceFormat format, DocumentMetadata metadata, String text,
                             List<Block> blocks, List<Table> tables, List<PageSpan> pages,
                             SourceMap sourceMap, List<String> warnings) {
    public ParsedDocument {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceMap, "sourceMap");
        blocks = List.copyOf(blocks);
        tables = List.copyOf(tables);
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
        if (sourceMap.length() != text.length()) {
            throw new IllegalArgumentException("source map covers " + sourceMap.length()
                    + " chars but the text has " + text.length());
        }
    }

    /** The text of the given block, read from the canonical text. */
    public String text(Block block) {
        return text.substring(block.start(), block.end());
    }

    public Block block(int index) {
        return blocks.get(index);
    }
}
