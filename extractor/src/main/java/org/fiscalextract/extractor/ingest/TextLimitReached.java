package org.fiscalextract.extractor.ingest;

import org.xml.sax.SAXException;

/** Thrown from the content handler to stop a parse once the text limit is reached. */
final class TextLimitReached extends SAXException {
    TextLimitReached(int limit) {
        super("text limit of " + limit + " characters reached");
    }
}
