package org.fiscalextract.extractor.recognize;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.fact.Quantity;
import org.fiscalextract.model.fact.Quantity.Count;

/**
 * Tallies ({@code count.rules}): a whole number of things, named by the classifier and the noun
 * as written (8个项目 counts 个项目, 25人次 counts 人次). A magnitude is multiplied out
 * (1.2万人次 is 12000 人次): a tally is a number of things, not a unit.
 */
public final class CountRecognizer implements Recognizer {
    private final PhraseRules rules = new PhraseRules(RuleFile.load("count.rules"));

    @Override
    public void recognize(String text, List<Mention> out) {
        rules.find(text, CountRecognizer::count, out);
    }

    static Optional<Quantity> count(String number, String counted) {
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        return NumberParser.withMagnitudes(number)
                .filter(v -> v.signum() >= 0 && isWhole(v))
                .map(v -> new Count(v, counted));
    }

    private static boolean isWhole(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }
}
