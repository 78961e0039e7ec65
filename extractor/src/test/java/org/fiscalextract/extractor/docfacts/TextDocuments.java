package org.fiscalextract.extractor.docfacts;

import java.util.ArrayList;
import java.util.List;

import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.document.DocumentMetadata;
import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.SourceFormat;
import org.fiscalextract.model.document.SourceMap;

/** Documents made from plain text for the tests: one paragraph block a non-blank line, as the text reader gives. */
final class TextDocuments {
    private TextDocuments() {
    }

    static ParsedDocument of(String text) {
        return of(text, "", SourceFormat.TXT);
    }

    static ParsedDocument of(String text, String metadataTitle, SourceFormat format) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        int paragraph = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end > start && !text.substring(start, end).isBlank()) {
                paragraph++;
                blocks.add(new Block(blocks.size(), BlockKind.PARAGRAPH, start, end, text.substring(start, end),
                        new Location.Paragraph(0, paragraph)));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        DocumentMetadata metadata = new DocumentMetadata(metadataTitle, "", "", "", "", "", "", 0);
        return new ParsedDocument("test", format, metadata, text, blocks, List.of(), List.of(),
                SourceMap.identity(text), List.of());
    }

    /** A case-file field with {@code \n} and {@code \t} written as escapes. */
    static String unescape(String field) {
        return field.replace("\\n", "\n").replace("\\t", "\t");
    }
}
