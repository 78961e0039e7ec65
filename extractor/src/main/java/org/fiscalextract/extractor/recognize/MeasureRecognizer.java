package org.fiscalextract.extractor.recognize;

import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.fact.Quantity;
import org.fiscalextract.model.fact.Quantity.Measure;

/**
 * Quantities with a unit of their own ({@code measure.rules}): 42万吨, 2.3万平方米, ≥530次,
 * 5个工作日. The unit is kept as written, magnitude included (42万吨 is 42 in 万吨), as indicator
 * tables state targets that way. Never money: a measure unit after 万 makes the longer mention.
 */
public final class MeasureRecognizer implements Recognizer {
    private final PhraseRules rules = new PhraseRules(RuleFile.load("measure.rules"));

    @Override
    public void recognize(String text, List<Mention> out) {
        rules.find(text, MeasureRecognizer::measure, out);
    }

    static Optional<Quantity> measure(String stated, String unit) {
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        TrailingMagnitude split = TrailingMagnitude.of(stated);
        String number = split.magnitude().isEmpty() ? stated : split.number();
        return NumberParser.withMagnitudes(number)
                .filter(v -> v.signum() >= 0)
                .map(v -> new Measure(v, split.magnitude() + unit));
    }
}
