package org.fiscalextract.extractor.docfacts;

/** One kind of the controlled list (doc-kinds.tsv): its code and Chinese name. */
record DocKind(String code, String name) {
}
