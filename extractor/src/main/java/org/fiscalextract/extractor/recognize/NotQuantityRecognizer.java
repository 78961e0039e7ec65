package org.fiscalextract.extractor.recognize;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Stretches with digits that are not quantities ({@code not-quantities.rules}): years and dates,
 * document numbers, plan names, classification and project codes, phone numbers, enumerators,
 * ranks, page and figure numbers, the constants of scoring formulas, numbers inside quoted
 * names. It finds no mentions; its claims make the resolver drop every candidate overlapping them.
 *
 * <p>Every claim holds a digit or a Chinese numeral and starts at most {@link #REACH} characters
 * before one, so rules are tried only there ({@link NumberStarts}), not at every character.
 */
public final class NotQuantityRecognizer implements Recognizer {
    /** How far before a number a claim may start: 联系电话：, 发现一处, 附表 2. */
    static final int REACH = 6;

    private final List<Rule> rules = RuleFile.load("not-quantities.rules").rules();
    private final List<RuleChars> chars = RuleChars.of(rules);

    @Override
    public void recognize(String text, List<Mention> out) {
        // claims only
    }

    @Override
    public void claim(String text, List<Claim> out) {
        int[] starts = NumberStarts.of(text);
        if (starts.length == 0) {
            return;
        }
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            FirstChars first = chars.get(r).first();
            NeededChars needed = chars.get(r).needed();
            Matcher m = null; // made at the first try: most rules get none in most texts
            int next = 0; // the first position not yet tried, or the end of the last claim
            int stop = -1; // where the last walk stopped: the walk of every position up to there
            for (int s : starts) {
                for (int p = Math.max(next, s - REACH); p <= s; p++) {
                    next = p + 1;
                    if (!first.mayStart(text.charAt(p))) {
                        continue;
                    }
                    stop = p > stop ? needed.stop(text, p) : stop;
                    if (!needed.reaches(text, p, stop, text.length())) {
                        continue;
                    }
                    if (m == null) {
                        m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    }
                    m.region(p, text.length());
                    if (m.lookingAt() && m.end() > p) {
                        out.add(new Claim(p, m.end(), rule.name()));
                        next = m.end();
                        break;
                    }
                }
            }
        }
    }
}
