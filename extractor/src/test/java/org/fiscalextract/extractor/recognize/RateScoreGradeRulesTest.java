package org.fiscalextract.extractor.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.fiscalextract.model.fact.GradeLevel;
import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule files of rates, scores and grades: running them only near their triggers finds
 * exactly what running them on the whole text finds, every rule that makes mentions is used by
 * some case, and the grade scale holds the documented decisions.
 */
class RateScoreGradeRulesTest {
    private static final String PAD = "为进一步规范资金的管理，修订指标考核体系，提高资金使用效益。";

    /** Long matches, built to reach as far from their trigger as the rules allow. */
    private static final List<String> LONGEST = List.of(
            "不低于123456789.12345678%（含）以上", "大于或等于123456789.12345678个百分点",
            "压缩招标周期了123456789.12345678个百分点", "123456789.12345678-123456789.12345678%",
            "123456789.12345678% - 123456789.12345678%", "约为123456789.12345678‰左右",
            "百分之九十九点九九九九九九九九九九九九九九九九九九九九及以上", "百分之十至百分之二十五点五",
            "自评得分为: 1234.5678分", "评价得分达到　1234.5678", "每一二三四五六七八1234.5678分",
            "1234.5678分（含）-1234.5678分", "1234.5678分（含）及以上（含）的为", "的，该项指标得分为1234.5678分",
            "（ 满分 1234.5678分（含）及以上 ）", "总分值不超过 1234.5678分",
            "123456个一二三四五六七八为“基本合格”", "评价结果为 “基本合格”、“不合格”或“不及格”和“基本合格”的",
            "验收结果为 “基本合格”", "等级为 “A级”", "等级：基本合格");

    @Test
    void runningNearTriggersFindsWhatTheWholeTextGives() throws IOException {
        check("percent.rules", PercentRecognizer.BEFORE, PercentRecognizer.AFTER, "percent.tsv");
        check("score.rules", ScoreRecognizer.BEFORE, ScoreRecognizer.AFTER, "score.tsv");
        check("grade.rules", GradeRecognizer.BEFORE, GradeRecognizer.AFTER, "grade.tsv");
    }

    private static void check(String rules, int before, int after, String cases) throws IOException {
        RuleFile file = RuleFile.load(rules);
        List<Rule> all = file.rules().stream().filter(r -> !r.name().endsWith("_definition")).toList();
        RuleRunner near = new RuleRunner(all, file.fragment("trigger"), before, after);
        RuleRunner everywhere = new RuleRunner(all, file.fragment("trigger"), Integer.MAX_VALUE / 2, Integer.MAX_VALUE / 2);
        List<String> texts = new ArrayList<>(LONGEST);
        texts.addAll(inputs(cases));
        for (String text : texts) {
            for (String padded : List.of(text, PAD + text + PAD, PAD.repeat(5) + text + text + PAD.repeat(5))) {
                assertEquals(spans(everywhere, padded), spans(near, padded), rules + ": " + padded);
            }
        }
    }

    private static String spans(RuleRunner runner, String text) {
        List<Mention> out = new ArrayList<>();
        runner.run(text, (match, sink) -> sink.add(match.start(RuleMatch.WHOLE), match.end(RuleMatch.WHOLE),
                new Quantity.Score(BigDecimal.ZERO), Qualifier.EXACT, match.ruleName()), out);
        return out.stream().map(m -> m.start() + "-" + m.end() + " " + m.rule()).collect(Collectors.joining(", "));
    }

    @Test
    void everyRuleThatMakesMentionsIsUsedByACase() throws IOException {
        Set<String> used = new TreeSet<>();
        QuantityRecognizer recognizer = QuantityRecognizer.standard();
        for (String cases : List.of("percent.tsv", "score.tsv", "grade.tsv")) {
            for (String input : inputs(cases)) {
                recognizer.recognize(input).forEach(m -> used.add(m.rule()));
            }
        }
        for (String rules : List.of("percent.rules", "score.rules", "grade.rules")) {
            for (Rule rule : RuleFile.load(rules).rules()) {
                boolean makesMentions = !rule.name().startsWith(RuleRunner.HIDING) && !rule.name().endsWith("_definition");
                assertTrue(!makesMentions || used.contains(rule.name()), rule.name() + " is used by no case");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"优秀,优", "优等,优", "优,优", "好,优", "良好,良", "良等,良", "较好,良", "良,良", "中等,中", "一般,中",
            "合格,中", "基本合格,中", "及格,中", "中,中", "较差,差", "差等,差", "不合格,差", "不及格,差", "差,差"})
    void gradeWordingsHaveTheDocumentedLevels(String wording, String level) {
        GradeScale scale = GradeScale.load(RuleFile.load("grade.rules").fragment("grade_word"));
        assertEquals(level, scale.level(wording).label());
    }

    @ParameterizedTest
    @CsvSource({"100,优", "90,优", "89.99,良", "80,良", "79.5,中", "60,中", "59.99,差", "0,差"})
    void scoresFallInTheBandsOfTheFourLevels(String lowest, String level) {
        GradeScale scale = GradeScale.load(RuleFile.load("grade.rules").fragment("grade_word"));
        assertEquals(level, scale.fromScore(new BigDecimal(lowest)).label());
    }

    @Test
    void aBandBelowAScoreIsTheLevelUnderIt() {
        GradeScale scale = GradeScale.load(RuleFile.load("grade.rules").fragment("grade_word"));
        assertEquals(GradeLevel.POOR, scale.belowScore(new BigDecimal(60)));
        assertEquals(GradeLevel.GOOD, scale.belowScore(new BigDecimal(90)));
        assertEquals(null, scale.belowScore(BigDecimal.ZERO));
    }

    private static List<String> inputs(String cases) throws IOException {
        return Files.readAllLines(RecognizerCasesTest.CASES.resolve(cases), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && l.indexOf('\t') > 0)
                .map(l -> l.substring(0, l.indexOf('\t'))).toList();
    }
}
