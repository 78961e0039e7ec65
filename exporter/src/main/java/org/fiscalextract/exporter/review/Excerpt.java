package org.fiscalextract.exporter.review;

import java.util.List;

/**
 * A stretch of a document's canonical text around one or more quoted figures, the figures
 * marked: what the review page shows under a finding. A quote that could not be found in the
 * text is an excerpt of its own, not {@code located}, holding only the quoted text.
 *
 * @param quotes        the quotes it shows, in the finding's order
 * @param pieces        the text in order, each piece marked or not
 * @param clippedBefore the line goes on before the excerpt
 * @param clippedAfter  the line goes on after it
 */
record Excerpt(List<FindingQuote> quotes, List<Piece> pieces, boolean clippedBefore, boolean clippedAfter,
        boolean located) {

    record Piece(String text, boolean marked) {
    }

    Excerpt {
        quotes = List.copyOf(quotes);
        pieces = List.copyOf(pieces);
    }

    static Excerpt notFound(FindingQuote quote) {
        return new Excerpt(List.of(quote), List.of(new Piece(quote.text(), true)), false, false, false);
    }
}
