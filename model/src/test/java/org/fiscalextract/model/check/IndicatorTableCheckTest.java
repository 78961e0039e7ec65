package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.cellScore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.check.IndicatorTable.Item;
import org.fiscalextract.model.check.IndicatorTable.Points;
import org.fiscalextract.model.check.IndicatorTable.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorTableCheckTest {
    private static final IndicatorTableCheck SCORE_SUM = new IndicatorTableCheck(IndicatorTableCheck.Rule.SCORE_SUM);
    private static final IndicatorTableCheck ABOVE_WEIGHT =
            new IndicatorTableCheck(IndicatorTableCheck.Rule.SCORE_ABOVE_WEIGHT);
    private static final IndicatorTableCheck WEIGHT_SUM = new IndicatorTableCheck(IndicatorTableCheck.Rule.WEIGHT_SUM);

    private static Points points(String value, String cell) {
        return new Points(new BigDecimal(value), value, cell);
    }

    private static Section section(String name, int level, String parent, String weight, String cell) {
        return new Section(name, level, parent, new Points(new BigDecimal(weight), name + "（" + weight + "分）", cell));
    }

    private static Item item(String name, String section, String weight, String score, int row) {
        Optional<Points> w = weight.isEmpty() ? Optional.empty() : Optional.of(points(weight, "t1r" + row + "c4"));
        return new Item(name, section, w, score.isEmpty() ? Optional.empty()
                : Optional.of(cellScore(score).label(name + "/自评得分").at("t1r" + row + "c7").build()));
    }

    /** 004's 部门整体支出绩效自评表 as it stands, the 总体绩效/资产管理 heading repeated over a page break. */
    static IndicatorTable seed004() {
        List<Section> sections = List.of(
                section("总体绩效", 1, "", "65", "t1r3c1"),
                section("履职效能", 2, "总体绩效", "19", "t1r3c2"),
                section("预算管理", 2, "总体绩效", "21", "t1r9c2"),
                section("资产管理", 2, "总体绩效", "9", "t1r13c2"),
                section("总体绩效", 1, "", "65", "t1r15c1"),
                section("资产管理", 2, "总体绩效", "9", "t1r15c2"),
                section("采购管理", 2, "总体绩效", "6", "t1r16c2"),
                section("项目绩效", 1, "", "35", "t1r18c1"),
                section("项目决策", 2, "项目绩效", "12", "t1r18c2"),
                section("项目执行", 2, "项目绩效", "12", "t1r21c2"),
                section("目标实现", 2, "项目绩效", "11", "t1r24c2"));
        List<Item> items = List.of(
                item("督查、督办、督导次数", "履职效能", "10", "10", 4),
                item("区委区府领导指示事项", "履职效能", "", "", 5),
                item("迎接市级考核次数", "履职效能", "", "", 6),
                item("督查、督办、督导事项完成率", "履职效能", "", "", 7),
                item("区委区府领导指示事项完成率", "履职效能", "", "", 8),
                item("预算编制质量", "预算管理", "8", "7", 9),
                item("支出执行进度", "预算管理", "9", "9", 10),
                item("预算年终结余", "预算管理", "8", "8", 11),
                item("严控一般性支出", "预算管理", "6", "5.6", 12),
                item("人均资产变化率", "资产管理", "3", "3", 13),
                item("资产利用率", "资产管理", "3", "3", 14),
                item("资产盘活率", "资产管理", "3", "3", 15),
                item("支持中小企业发展", "采购管理", "3", "3", 16),
                item("采购执行率", "采购管理", "3", "3", 17),
                item("决策程序", "项目决策", "4", "4", 18),
                item("目标设置", "项目决策", "4", "4", 19),
                item("项目入库", "项目决策", "4", "4", 20),
                item("执行同向", "项目执行", "5", "5", 21),
                item("项目调整", "项目执行", "6", "6", 22),
                item("执行结果", "项目执行", "4", "4", 23),
                item("目标完成", "目标实现", "6", "6", 24),
                item("目标偏离", "目标实现", "6", "6", 25),
                item("实现效果", "目标实现", "5", "5", 26),
                item("财务管理制度", "财务管理", "", "", 27),
                item("财务岗位设置", "财务管理", "", "", 28),
                item("资金使用规范", "财务管理", "", "", 29),
                item("预算绩效存在问题", "预算绩效存在问题", "", "", 30),
                item("被评价部门配合度", "被评价部门配合度", "", "", 31));
        return new IndicatorTable("部门整体支出绩效自评表", "t1r1c1", sections, items, Optional.empty(),
                Optional.of(cellScore("98.6").id("f195").label("合计/自评得分").at("t1r32c7").build()));
    }

    private static List<Finding> run(Check check, IndicatorTable table) {
        return check.check(new Figures(List.of(), List.of(), List.of(table), "四川省", "2024"));
    }

    @Test
    void seed004ScoresAddToItsTotal() {
        assertTrue(run(SCORE_SUM, seed004()).isEmpty(), () -> run(SCORE_SUM, seed004()).toString());
        assertTrue(run(ABOVE_WEIGHT, seed004()).isEmpty());
    }

    @Test
    void seed004SectionWeightsDoNotAddUp() {
        List<Finding> findings = run(WEIGHT_SUM, seed004());
        List<String> summary = findings.stream().map(f -> f.severity().label() + " "
                + f.actual().map(BigDecimal::toPlainString).orElse("") + " vs "
                + f.expected().map(BigDecimal::toPlainString).orElse("?")).toList();
        assertEquals(List.of("error 65 vs 55", "info 19 vs ?", "error 21 vs 31", "error 12 vs 15", "error 11 vs 17"),
                summary);
        assertEquals("部门整体支出绩效自评表: 预算管理 is given 21 points, its items 预算编制质量 8 + 支出执行进度 9 "
                + "+ 预算年终结余 8 + 严控一般性支出 6 = 31: 10 points apart (exact figures)", findings.get(2).message());
        assertEquals("部门整体支出绩效自评表: 总体绩效 is given 65 points, its sections 履职效能 19 + 预算管理 21 "
                + "+ 资产管理 9 + 采购管理 6 = 55: 10 points apart (exact figures)", findings.get(0).message());
        assertEquals("部门整体支出绩效自评表: 履职效能 is given 19 points, cannot decide: 4 of its 5 items state no weight "
                + "(区委区府领导指示事项, 迎接市级考核次数, 督查、督办、督导事项完成率, 区委区府领导指示事项完成率); "
                + "those stated add to 督查、督办、督导次数 10 = 10", findings.get(1).message());
        Finding budget = findings.get(2);
        assertEquals("weight_sum", budget.check());
        assertEquals(new BigDecimal("-10"), budget.difference().orElseThrow());
        assertEquals(BigDecimal.ZERO, budget.tolerance().orElseThrow());
        assertEquals(List.of("t1r9c2", "t1r9c4", "t1r10c4", "t1r11c4", "t1r12c4"),
                budget.quotes().stream().map(Quote::location).toList());
        assertEquals("预算管理", budget.quotes().get(0).sentence());
        assertTrue(budget.factIds().isEmpty(), "weights are not facts");
    }

    /** 004's first project table: 预算执行情况（10分） and 绩效指标（90分）, scores adding to 98.5. */
    @Test
    void seed004ProjectTableHolds() {
        List<Item> items = new ArrayList<>();
        items.add(new Item("总额", "预算执行情况", Optional.of(points("10", "t2r9c9")),
                Optional.of(cellScore("8.5").at("t2r9c10").build())));
        for (int row = 15; row <= 23; row++) {
            items.add(new Item("指标" + row, "绩效指标", Optional.of(points("10", "t2r" + row + "c9")),
                    Optional.of(cellScore("10").at("t2r" + row + "c10").build())));
        }
        IndicatorTable table = new IndicatorTable("部门预算项目支出绩效自评表", "t2r1c1",
                List.of(section("预算执行情况", 1, "", "10", "t2r9c1"), section("绩效指标", 1, "", "90", "t2r14c1")),
                items, Optional.of(points("100", "t2r24c9")),
                Optional.of(cellScore("98.5").at("t2r24c10").build()));
        for (Check check : IndicatorTableCheck.all()) {
            assertTrue(run(check, table).isEmpty(), check.name());
        }
    }

    private static IndicatorTable scored(String total, String... scores) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            items.add(item("指标" + (i + 1), "", "", scores[i], i + 2));
        }
        return new IndicatorTable("自评表", "t1r1c1", List.of(), items, Optional.empty(),
                Optional.of(cellScore(total).at("t1r9c7").build()));
    }

    /** total | item scores | severity or none | difference total − sum | tolerance */
    @ParameterizedTest(name = "{1} against {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            98.6  | 10 7 9 8 5.6 3 3 3 3 3 4 4 4 5 6 4 6 6 5 | none  |       |
            97.6  | 10 7 9 8 5.6 3 3 3 3 3 4 4 4 5 6 4 6 6 5 | info  | -1.0  | 9.1
            88.6  | 10 7 9 8 5.6 3 3 3 3 3 4 4 4 5 6 4 6 6 5 | error | -10.0 | 9.1
            17.50 | 10.00 7.50                               | none  |       |
            17.51 | 10.00 7.50                               | info  | 0.01  | 0.015
            17.52 | 10.00 7.50                               | error | 0.02  | 0.015
            """)
    void itemScoresAgainstTheTotal(String total, String scores, String severity, String difference, String tolerance) {
        List<Finding> findings = run(SCORE_SUM, scored(total, scores.trim().split("\\s+")));
        if (severity.equals("none")) {
            assertTrue(findings.isEmpty(), findings::toString);
            return;
        }
        Finding f = findings.get(0);
        assertEquals("score_table_sum", f.check());
        assertEquals(severity, f.severity().label(), f.message());
        assertEquals(0, new BigDecimal(difference).compareTo(f.difference().orElseThrow()), f.message());
        assertEquals(0, new BigDecimal(tolerance).compareTo(f.tolerance().orElseThrow()), f.message());
    }

    @Test
    void theScoreSumMessageShowsEveryScore() {
        Finding f = run(SCORE_SUM, scored("17.52", "10.00", "7.50")).get(0);
        assertEquals("自评表: item scores 10.00 + 7.50 = 17.50, the total score states 17.52: 0.02 points apart, "
                + "beyond rounding (±0.015)", f.message());
    }

    @Test
    void aWeightedItemWithoutScoreLeavesTheSumUndecided() {
        List<Item> items = List.of(item("甲", "", "10", "9", 2), item("乙", "", "10", "", 3));
        IndicatorTable table = new IndicatorTable("自评表", "t1r1c1", List.of(), items, Optional.empty(),
                Optional.of(cellScore("18").at("t1r9c7").build()));
        Finding f = run(SCORE_SUM, table).get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().startsWith("自评表: cannot decide: 1 weighted item states no score (乙)"), f.message());
    }

    /**
     * weight | score | severity or none. A whole-number weight is exact, so a score written above
     * it is always beyond rounding; a weight written with decimals carries its half-unit.
     */
    @ParameterizedTest(name = "score {1} of weight {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            8    | 7     | none
            8    | 8     | none
            8    | 8.00  | none
            8    | 9     | error
            8    | 8.4   | error
            8    | 8.001 | error
            33.3 | 33.34 | info
            33.3 | 33.350 | info
            33.3 | 33.351 | error
            33.3 | 33.36 | error
            """)
    void noScoreAboveItsWeight(String weight, String score, String severity) {
        IndicatorTable table = new IndicatorTable("自评表", "t1r1c1", List.of(),
                List.of(item("预算编制质量", "预算管理", weight, score, 9)), Optional.empty(), Optional.empty());
        List<Finding> findings = run(ABOVE_WEIGHT, table);
        if (severity.equals("none")) {
            assertTrue(findings.isEmpty(), findings::toString);
            return;
        }
        assertEquals(severity, findings.get(0).severity().label(), findings.get(0).message());
    }

    @Test
    void aScoreAboveItsWeightShowsBoth() {
        IndicatorTable table = new IndicatorTable("部门整体支出绩效自评表", "t1r1c1", List.of(),
                List.of(item("预算编制质量", "预算管理", "8", "9", 9)), Optional.empty(), Optional.empty());
        Finding f = run(ABOVE_WEIGHT, table).get(0);
        assertEquals("score_above_weight", f.check());
        assertEquals("部门整体支出绩效自评表: 预算编制质量 scores 9 against a weight of 8: 1 above it, beyond rounding (±0.5)",
                f.message());
        assertEquals(List.of("t1r9c7", "t1r9c4"), f.quotes().stream().map(Quote::location).toList());
    }

    private static List<Finding> weights(String sectionWeight, String... itemWeights) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < itemWeights.length; i++) {
            items.add(item("指标" + (i + 1), "产出", itemWeights[i], "", i + 3));
        }
        IndicatorTable table = new IndicatorTable("自评表", "t1r1c1",
                List.of(section("产出", 1, "", sectionWeight, "t1r2c1")), items, Optional.empty(), Optional.empty());
        return run(WEIGHT_SUM, table);
    }

    /** section weight | item weights (- for none) | severity or none */
    @ParameterizedTest(name = "{1} in a section of {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            100 | 33.4 33.3 33.3 | none
            100 | 33.3 33.3 33.3 | info
            100 | 33.2 33.3 33.3 | error
            10  | 3 3 3          | error
            10  | 3 3 4          | none
            10  | 10.00          | none
            19  | 10 -           | info
            10  | 10 -           | none
            10  | 6 6 -          | error
            """)
    void itemWeightsAgainstTheirSection(String section, String items, String severity) {
        String[] ws = items.trim().split("\\s+");
        for (int i = 0; i < ws.length; i++) {
            ws[i] = ws[i].equals("-") ? "" : ws[i];
        }
        List<Finding> findings = weights(section, ws);
        if (severity.equals("none")) {
            assertTrue(findings.isEmpty(), findings::toString);
            return;
        }
        assertEquals(severity, findings.get(0).severity().label(), findings.get(0).message());
    }

    @Test
    void knownWeightsAlreadyAboveTheSectionAreAnErrorEvenWithSomeMissing() {
        assertEquals("自评表: 产出 is given 10 points, yet those stated add to 指标1 6 + 指标2 6 = 12, more than that "
                + "although 1 of its 3 items states no weight (指标3)", weights("10", "6", "6", "").get(0).message());
    }

    @Test
    void topSectionsAddToTheTotalWeight() {
        List<Section> sections = List.of(section("总体绩效", 1, "", "65", "t1r3c1"),
                section("项目绩效", 1, "", "35", "t1r18c1"));
        IndicatorTable holds = new IndicatorTable("表", "t1r1c1", sections, List.of(),
                Optional.of(points("100", "t1r32c4")), Optional.empty());
        assertTrue(run(WEIGHT_SUM, holds).isEmpty());
        IndicatorTable fails = new IndicatorTable("表", "t1r1c1", sections, List.of(),
                Optional.of(points("90", "t1r32c4")), Optional.empty());
        Finding f = run(WEIGHT_SUM, fails).get(0);
        assertEquals("表: the table's total weight is 90 points, its sections 总体绩效 65 + 项目绩效 35 = 100: "
                + "10 points apart (exact figures)", f.message());
    }

    @Test
    void aSectionNameUnderTwoParentsIsAmbiguousAndLeftAlone() {
        List<Section> sections = List.of(section("产出指标", 1, "", "50", "t1r2c1"),
                section("数量指标", 2, "产出指标", "20", "t1r2c2"),
                section("效益指标", 1, "", "50", "t1r8c1"),
                section("数量指标", 2, "效益指标", "30", "t1r8c2"));
        List<Item> items = List.of(item("甲", "数量指标", "20", "", 3), item("乙", "数量指标", "30", "", 9));
        IndicatorTable table = new IndicatorTable("表", "t1r1c1", sections, items, Optional.empty(), Optional.empty());
        List<Finding> findings = run(WEIGHT_SUM, table);
        // 产出指标 50 vs 数量指标 20 and 效益指标 50 vs 数量指标 30 are real; 数量指标 itself is not checked
        assertEquals(2, findings.size(), findings::toString);
        assertTrue(findings.stream().noneMatch(f -> f.message().contains(": 数量指标 is given")));
    }
}
