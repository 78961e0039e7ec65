package org.fiscalextract.extractor.recognize;

import java.util.List;

/** The recognizers of every dimension, in order of precedence (see {@link MentionResolver}). */
final class Dimensions {
    private Dimensions() {
    }

    static List<Recognizer> all() {
        return List.of(
                // each dimension's recognizer is added here, one line each, in this order:
                // not-quantities, money, percent, score, grade, count, measure
                new NotQuantityRecognizer(),
                new AmountRecognizer(),
                new PercentRecognizer(),
                new ScoreRecognizer(),
                new GradeRecognizer(),
                new CountRecognizer(),
                new MeasureRecognizer()
        );
    }
}
