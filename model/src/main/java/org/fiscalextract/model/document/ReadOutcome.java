package org.fiscalextract.model.document;

import java.util.Objects;
import java.util.Optional;

/**
 * What reading one file gave: a document (complete or partial), or a failure, with the problem
 * stated in words a user understands.
 */
public record ReadOutcome(ReadStatus status, SourceFormat format, Optional<ParsedDocument> document,
                          Optional<ReadProblem> problem, String message) {
    public ReadOutcome {
        Objects.requireNonNull(status);
        Objects.requireNonNull(format);
        Objects.requireNonNull(document);
        Objects.requireNonNull(problem);
        Objects.requireNonNull(message);
        if (status == ReadStatus.FAILED && document.isPresent()) {
            throw new IllegalArgumentException("a failed read has no document");
        }
        if (status != ReadStatus.FAILED && document.isEmpty()) {
            throw new IllegalArgumentException(status + " read needs a document");
        }
        if (status != ReadStatus.OK && problem.isEmpty()) {
            throw new IllegalArgumentException(status + " read needs a stated problem");
        }
    }

    public static ReadOutcome ok(ParsedDocument document) {
        return new ReadOutcome(ReadStatus.OK, document.format(), Optional.of(document), Optional.empty(), "");
    }

    public static ReadOutcome partial(ParsedDocument document, ReadProblem problem, String message) {
        return new ReadOutcome(ReadStatus.PARTIAL, document.format(), Optional.of(document),
                Optional.of(problem), message);
    }

    public static ReadOutcome failed(SourceFormat format, ReadProblem problem, String message) {
        return new ReadOutcome(ReadStatus.FAILED, format, Optional.empty(), Optional.of(problem), message);
    }
}
