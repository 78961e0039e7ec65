package org.fiscalextract.extractor.ingest;

import org.fiscalextract.model.document.ReadProblem;

/** A problem with a file, already put in words a user understands. */
record ReadFailure(ReadProblem problem, String message) {
}
