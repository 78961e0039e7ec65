package org.fiscalextract.extractor.recognize;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity.Score;

/**
 * Evaluation scores: {@code 92分}, {@code 得分为89.97分}, {@code 自评得分98.6}; not weights,
 * maxima or the points of scoring rules. The rules are in {@code score.rules}; this class reads
 * their named groups.
 */
public final class ScoreRecognizer implements Recognizer {
    /**
     * How far a match may start ahead of its trigger (分 after a number, or a label) and end past
     * it: a band of two scores, or 每, eight characters and a score, before; a label, its link
     * and a score after.
     */
    static final int BEFORE = 28;
    static final int AFTER = 20;
    private static final RuleFile FILE = RuleFile.load("score.rules");
    private static final RuleRunner RULES = new RuleRunner(FILE.rules(), FILE.fragment("trigger"), BEFORE, AFTER);

    @Override
    public void recognize(String text, List<Mention> out) {
        RULES.run(text, ScoreRecognizer::read, out);
    }

    private static void read(RuleMatch match, RuleRunner.Sink out) {
        String span = match.has("m") ? "m" : RuleMatch.WHOLE;
        Qualifier qualifier = match.has("least") ? Qualifier.AT_LEAST
                : match.has("most") ? Qualifier.AT_MOST : Qualifier.EXACT;
        points(match.text("r")).ifPresent(p ->
                out.add(match.start(span), match.end(span), new Score(p), qualifier, match.ruleName()));
    }

    private static Optional<BigDecimal> points(String text) {
        Optional<BigDecimal> arabic = NumberParser.arabic(text);
        return arabic.isPresent() ? arabic : NumberParser.chinese(text);
    }
}
