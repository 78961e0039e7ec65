package org.fiscalextract.extractor.recognize;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fiscalextract.model.fact.MoneyUnit;
import org.fiscalextract.model.fact.Quantity;
import org.fiscalextract.model.fact.Quantity.Amount;

/**
 * Money ({@code money.rules}). An amount keeps the unit it was stated in (1302.76万元 is 1302.76
 * 万元); a form without 元 (十亿3000万, 3.3个亿, 资金3000万) is read whole, in 元. A bare magnitude
 * counts as money only after a money word in its clause (rules named {@code *_in_context}).
 */
public final class AmountRecognizer implements Recognizer {
    /** How far back a money word may stand; a clause is rarely longer, and the bound keeps it linear. */
    private static final int CONTEXT_REACH = 40;

    private final PhraseRules rules;
    private final Pattern contextWord;
    private final PhraseRules.Reading reading = new PhraseRules.Reading() {
        @Override
        public Optional<Quantity> read(String number, String unit) {
            return amount(number, unit);
        }

        @Override
        public boolean accepts(Rule rule, String text, int start) {
            return !rule.name().endsWith("_in_context") || moneyWordBefore(text, start);
        }
    };

    public AmountRecognizer() {
        RuleFile file = RuleFile.load("money.rules");
        this.rules = new PhraseRules(file);
        this.contextWord = file.fragment("money_context");
    }

    @Override
    public void recognize(String text, List<Mention> out) {
        rules.find(text, reading, out);
    }

    /** {@code unit} is 元 or empty (a bare 万/亿 form, or 个亿). */
    static Optional<Quantity> amount(String stated, String unit) {
        boolean yuan = !unit.isEmpty();
        TrailingMagnitude split = TrailingMagnitude.of(stated);
        MoneyUnit statedUnit = yuan ? unitOf(split.magnitude() + "元") : null;
        if (statedUnit != null && !split.number().isEmpty()) {
            return value(split.number()).map(v -> new Amount(v, statedUnit));
        }
        return value(stated).map(v -> new Amount(v, MoneyUnit.YUAN));
    }

    private static Optional<BigDecimal> value(String number) {
        // the parser reads 3.3个亿 but not 十个亿; the measure word only joins number and magnitude
        String joined = number.replace("个亿", "亿").replace("个億", "億");
        return NumberParser.withMagnitudes(joined).filter(v -> v.signum() >= 0);
    }

    private static MoneyUnit unitOf(String label) {
        for (MoneyUnit u : MoneyUnit.values()) {
            if (u.label().equals(label)) {
                return u;
            }
        }
        return null;
    }

    /** Whether a money word stands in the clause before {@code start}. */
    private boolean moneyWordBefore(String text, int start) {
        int from = start;
        int limit = Math.max(0, start - CONTEXT_REACH);
        while (from > limit && !isClauseBreak(text.charAt(from - 1))) {
            from--;
        }
        return contextWord.matcher(text).region(from, start).find();
    }

    private static boolean isClauseBreak(char c) {
        return c == '，' || c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '!' || c == '?'
                || c == '\n' || c == '\r';
    }
}
