package org.fiscalextract.extractor.docfacts;

import org.fiscalextract.model.document.FactEvidence;

/** A value read from a document with the evidence for it. */
record Finding(String value, FactEvidence evidence) {
}
