package org.fiscalextract.extractor.docfacts;

/** One line of the canonical text, {@code [start, end)} without its line break; {@code heading} when a heading block starts it. */
record TextLine(int start, int end, boolean heading) {
}
