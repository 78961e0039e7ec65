package org.fiscalextract.extractor.recognize;

import java.util.List;

/**
 * Finds candidate mentions of one dimension (money, percent, …) in a piece of text: a
 * paragraph, a sentence or a table cell. Candidates may overlap each other and other
 * dimensions' candidates; {@link MentionResolver} decides. Implementations are immutable and
 * thread-safe, must never throw on any input, and must take time linear in the text.
 */
public interface Recognizer {

    /** Adds the candidates found in {@code text} to {@code out}. */
    void recognize(String text, List<Mention> out);

    /** Adds the stretches that are not quantities (only the not-quantity recognizer has any). */
    default void claim(String text, List<Claim> out) {
    }
}
