package org.fiscalextract.extractor.recognize;

import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity.Rate;

/**
 * Rates: {@code 95.24%}, {@code -38%}, {@code ≥95%}, {@code 百分之九十五}, {@code 3‰} (0.3
 * percent), {@code 3.2个百分点}, ranges and changes ({@code 增长12.22%}). The rules are in
 * {@code percent.rules}; this class reads their named groups.
 */
public final class PercentRecognizer implements Recognizer {
    /**
     * How far a match may start ahead of its trigger (% ‰ 百分) and end past it: a range of
     * two 18-character numbers, or a comparator and a number, before; 百分之 and 24 Chinese
     * numerals, or a suffix and a range's high end, after.
     */
    static final int BEFORE = 48;
    static final int AFTER = 40;
    private static final RuleFile FILE = RuleFile.load("percent.rules");
    private static final RuleRunner RULES = new RuleRunner(FILE.rules(), FILE.fragment("trigger"), BEFORE, AFTER);

    @Override
    public void recognize(String text, List<Mention> out) {
        RULES.run(text, PercentRecognizer::read, out);
    }

    private static void read(RuleMatch match, RuleRunner.Sink out) {
        if (match.has("lo") && match.has("hi")) {
            Optional<Rate> high = RateText.read(match.text("hi"));
            Optional<Rate> low = high.flatMap(h -> RateText.readLow(match.text("lo"), h));
            if (low.isPresent() && high.get().percentagePoints() == low.get().percentagePoints()) {
                out.add(match.start("lo"), match.end("lo"), low.get(), Qualifier.RANGE_LOW, match.ruleName());
                out.add(match.start("hi"), match.end("hi"), high.get(), Qualifier.RANGE_HIGH, match.ruleName());
            }
            return;
        }
        String span = match.has("m") ? "m" : RuleMatch.WHOLE;
        Optional<Rate> rate = RateText.read(match.text(match.has("r") ? "r" : span));
        rate.ifPresent(r -> out.add(match.start(span), match.end(span), r, qualifier(match), match.ruleName()));
    }

    private static Qualifier qualifier(RuleMatch match) {
        if (match.has("inc")) {
            return Qualifier.INCREASE;
        } else if (match.has("dec")) {
            return Qualifier.DECREASE;
        } else if (match.has("least")) {
            return Qualifier.AT_LEAST;
        } else if (match.has("most")) {
            return Qualifier.AT_MOST;
        } else if (match.has("approx")) {
            return Qualifier.APPROX;
        }
        return Qualifier.EXACT;
    }
}
