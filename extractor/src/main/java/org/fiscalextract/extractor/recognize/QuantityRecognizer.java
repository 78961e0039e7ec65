package org.fiscalextract.extractor.recognize;

import java.util.ArrayList;
import java.util.List;

/**
 * All dimensions together: every recognizer proposes candidates, the not-quantity claims and
 * the overlap rules decide which stand. This is what the rest of the pipeline calls.
 */
public final class QuantityRecognizer {
    private final List<Recognizer> recognizers;

    /** @param recognizers in order of precedence when two candidates of equal length overlap */
    public QuantityRecognizer(List<Recognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
    }

    /** The recognizers of every dimension, with their data files loaded. */
    public static QuantityRecognizer standard() {
        return new QuantityRecognizer(Dimensions.all());
    }

    /** The stretches of {@code text} that hold digits but are not quantities (years, codes, document numbers). */
    public List<Claim> claims(String text) {
        List<Claim> claims = new ArrayList<>();
        for (Recognizer recognizer : recognizers) {
            recognizer.claim(text, claims);
        }
        return claims;
    }

    /** The mentions in {@code text}, in text order, never overlapping. */
    public List<Mention> recognize(String text) {
        List<Mention> candidates = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        int[] priority = new int[16];
        for (int r = 0; r < recognizers.size(); r++) {
            Recognizer recognizer = recognizers.get(r);
            int before = candidates.size();
            recognizer.recognize(text, candidates);
            if (candidates.size() > priority.length) {
                priority = java.util.Arrays.copyOf(priority, Math.max(candidates.size(), priority.length * 2));
            }
            for (int i = before; i < candidates.size(); i++) {
                priority[i] = r;
            }
        }
        if (candidates.isEmpty()) {
            return List.of(); // claims only take candidates away: a bare 1302.76 need not be looked at again
        }
        for (Recognizer recognizer : recognizers) {
            recognizer.claim(text, claims);
        }
        return MentionResolver.resolve(candidates, priority, claims);
    }
}
