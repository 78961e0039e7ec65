package org.fiscalextract.extractor.ingest;

import java.util.List;

import org.fiscalextract.model.document.DocumentMetadata;

/**
 * What a format reader got out of a file before normalization.
 *
 * @param truncated the text limit was reached and the rest of the file was not read
 */
record RawDocument(List<RawItem> items, int pageCount, DocumentMetadata metadata, List<String> warnings,
                   boolean truncated) {
    RawDocument {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}
