package org.fiscalextract.extractor.recognize;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.fiscalextract.model.fact.GradeLevel;
import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity.Grade;

/**
 * Grades, normalized to 优/良/中/差: {@code 评价结果为“优”}, {@code 等级：良好},
 * {@code 1个优、4个良}, and letter grades ({@code 评价等级为A}) where the same text defines the
 * letter ({@code A（优）}, {@code A级（90分以上）}). Rules in {@code grade.rules}, wordings in
 * {@code grade-scale.tsv}.
 */
public final class GradeRecognizer implements Recognizer {
    /**
     * How far a match may start ahead of its trigger (a character of the grade wording, or the
     * letter) and end past it: a count, eight characters, 为 and a quote before a wording whose
     * trigger is its fourth character (基本合格); the rest of a wording, a quote and 等级 after.
     */
    static final int BEFORE = 20;
    static final int AFTER = 32;
    private static final RuleFile FILE = RuleFile.load("grade.rules");
    private static final Rule DEFINITION = FILE.rule("grade.letter_definition");
    private static final Set<String> DEFINITION_GROUPS = RuleMatch.groupsOf(DEFINITION);
    private static final RuleRunner RULES = new RuleRunner(
            FILE.rules().stream().filter(r -> r != DEFINITION).toList(), FILE.fragment("trigger"), BEFORE, AFTER);
    private static final GradeScale SCALE = GradeScale.load(FILE.fragment("grade_word"));

    @Override
    public void recognize(String text, List<Mention> out) {
        Letters letters = new Letters(text);
        RULES.run(text, (match, sink) -> read(match, letters, sink), out);
    }

    private static void read(RuleMatch match, Letters letters, RuleRunner.Sink out) {
        GradeLevel level = match.has("letter") ? letters.get().get(match.text("letter")) : SCALE.level(match.text("g"));
        String span = match.has("m") ? "m" : "g";
        if (level != null) {
            out.add(match.start(span), match.end(span), new Grade(level), Qualifier.EXACT, match.ruleName());
        }
    }

    /** A text's letter grades, read at the first letter a rule finds: most texts have none, and reading costs a search. */
    private static final class Letters {
        private final String text;
        private Map<String, GradeLevel> letters;

        Letters(String text) {
            this.text = text;
        }

        Map<String, GradeLevel> get() {
            if (letters == null) {
                letters = letters(text);
            }
            return letters;
        }
    }

    /** The letter grades this text defines; the first definition of a letter holds. */
    private static Map<String, GradeLevel> letters(String text) {
        Map<String, GradeLevel> letters = new HashMap<>();
        Matcher m = DEFINITION.pattern().matcher(text);
        RuleMatch match = new RuleMatch(DEFINITION, DEFINITION_GROUPS, m);
        while (m.find()) {
            GradeLevel level = match.has("g") ? SCALE.level(match.text("g"))
                    : match.has("min") ? SCALE.fromScore(new BigDecimal(match.text("min")))
                    : match.has("max") ? SCALE.belowScore(new BigDecimal(match.text("max"))) : null;
            if (level != null) {
                letters.putIfAbsent(match.text("letter"), level);
            }
        }
        return letters;
    }
}
