package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.figures;
import static org.fiscalextract.model.check.TestFacts.only;
import static org.fiscalextract.model.check.TestFacts.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fiscalextract.model.fact.Fact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestatementCheckTest {
    private static final String P2 = "全年共分解实施项目20项，2024年度财政下达我委项目预算资金总额为1302.76万元，其中：上级财政下达"
            + "10.53万元，县级财政下达1292.23万元。";
    private static final String P5 = "2024年度财政下达我委项目资金预算总额为1471.75万元，截至目前预算执行率95.24%。";

    private final RestatementCheck check = new RestatementCheck();

    private Optional<Finding> run(Fact... facts) {
        return only(check.check(figures(List.of(facts), List.of())));
    }

    private static Fact first() {
        return wan("1302.76").id("f2").label("项目预算资金总额").canonical("budget_total").at("p2").context(P2).build();
    }

    private static Fact second() {
        return wan("1471.75").id("f5").label("项目资金预算总额").canonical("budget_total").at("p5").context(P5).build();
    }

    @Test
    void seed000StatesItsBudgetTotalTwice() {
        Finding f = run(first(), second()).orElseThrow();
        assertEquals("restated_quantity", f.check());
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("项目预算资金总额 stated as 1302.76万元 (p2) and 项目资金预算总额 as 1471.75万元 (p5): "
                + "168.99万元 apart, beyond rounding (±0.01万元)", f.message());
        assertEquals(new BigDecimal("13027600"), f.expected().orElseThrow());
        assertEquals(new BigDecimal("14717500"), f.actual().orElseThrow());
        assertEquals(new BigDecimal("1689900"), f.difference().orElseThrow());
        assertEquals(new BigDecimal("100"), f.tolerance().orElseThrow());
        assertEquals(List.of("f2", "f5"), f.factIds());
        assertEquals(P5, f.quotes().get(1).sentence());
    }

    /** second statement of 1302.76万元 | severity or none */
    @ParameterizedTest(name = "1302.76万元 restated as {0}万元: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1302.76  | none
            1302.760 | none
            1302.8   | none
            1303     | none
            1302.77  | info
            1302.78  | error
            1302.765 | info
            1302.766 | error
            1302.9   | error
            """)
    void restatementsAtTheEdgeOfRounding(String restated, String severity) {
        Fact again = wan(restated).label("项目资金预算总额").canonical("budget_total").at("p5")
                .context("2024年度财政下达我委项目资金预算总额为" + restated + "万元。").build();
        Optional<Finding> f = run(first(), again);
        if (severity.equals("none")) {
            assertTrue(f.isEmpty(), () -> f.get().message());
            return;
        }
        assertEquals(severity, f.orElseThrow().severity().label(), f.get().message());
    }

    @Test
    void aQuantityStatedThreeTimesIsReportedOncePerDifferingValue() {
        Fact third = wan("1302.76").label("项目预算资金总额").canonical("budget_total").at("p9")
                .context("本年项目预算资金总额为1302.76万元。").build();
        List<Finding> findings = check.check(figures(List.of(first(), second(), third), List.of()));
        assertEquals(1, findings.size(), findings::toString);
    }

    /** A real budget: each of thirteen 项 paragraphs states its own 2025年当年预算执行数, none named. */
    @Test
    void oneLabelWithManyValuesIsAListNotARestatement() {
        List<Fact> facts = new java.util.ArrayList<>();
        String[] values = {"1690.69", "2149.45", "118.46", "679.12"};
        for (int i = 0; i < values.length; i++) {
            facts.add(wan(values[i]).label("预算执行数").at("p" + (46 + i))
                    .context("2025年当年预算执行数为" + values[i] + "万元。").build());
        }
        assertTrue(check.check(figures(facts, List.of())).isEmpty());
        assertEquals(1, check.check(figures(facts.subList(0, 2), List.of())).size(), "two values are a restatement");
    }

    @Test
    void theSameLabelOfFiveCharactersIsTheSameQuantity() {
        Fact a = wan("0.46").label("公务接待费支出决算").at("p59").context("公务接待费支出决算0.46万元，占100%。").build();
        Fact b = wan("0.56").label("公务接待费支出决算").at("p66").context("公务接待费支出决算0.56万元。").build();
        Finding f = run(a, b).orElseThrow();
        assertEquals("公务接待费支出决算 stated as 0.46万元 (p59) and as 0.56万元 (p66): 0.10万元 apart, "
                + "beyond rounding (±0.01万元)", f.message());
    }

    @Test
    void gradesStatedTwiceDifferently() {
        Fact a = TestFacts.grade("优").label("评价结果").canonical("grade").at("p16").context("评价结果为“优”。").build();
        Fact b = TestFacts.grade("良").label("评价结果").canonical("grade").at("p20").context("评价结果为“良”。").build();
        assertTrue(run(a, b).isEmpty(), "a four-character label without a document key is not enough");
        Fact c = TestFacts.grade("优").label("绩效自评等级").at("p16").context("绩效自评等级为“优”。").build();
        Fact d = TestFacts.grade("良").label("绩效自评等级").at("p20").context("绩效自评等级为“良”。").build();
        Finding f = run(c, d).orElseThrow();
        assertEquals("绩效自评等级 stated as 优 (p16) and as 良 (p20): the grades differ", f.message());
        assertEquals("grade", f.unit());
    }

    @Test
    void neverAcrossSubjects() {
        Fact a = wan("170").label("预算").canonical("budget_total").subject("“十五五”规划专项经费").at("p5")
                .context("“十五五”规划专项经费（预算170万元，因招标延迟未支付）").build();
        Fact b = wan("10.43").label("预算").canonical("budget_total").subject("2024年价格监测经费").at("p6")
                .context("2024年价格监测经费（预算10.43万元，支付8.30万元）").build();
        assertTrue(run(a, b).isEmpty());
    }

    @Test
    void neverInTables() {
        Fact a = wan("50.00").label("总额/年初预算").canonical("budget_total").at("t2r9c4").build();
        Fact b = wan("0.00").label("总额/年初预算").canonical("budget_total").at("t3r8c4").build();
        assertTrue(run(a, b).isEmpty());
    }

    @Test
    void neverWithinOneSentence() {
        String both = "2023年支出总计226.23万元，2024年支出总计253.87万元。";
        Fact a = wan("226.23").label("支出总计").canonical("expenditure_total").at("p3").context(both).build();
        Fact b = wan("253.87").label("支出总计").canonical("expenditure_total").at("p3").context(both).build();
        assertTrue(run(a, b).isEmpty());
    }

    @Test
    void neverAcrossYears() {
        Fact a = wan("253.87").label("支出总计").canonical("expenditure_total").at("p19")
                .context("2024年度收入、支出总计均为253.87万元。").build();
        Fact b = wan("226.23").label("支出总计").canonical("expenditure_total").at("p40")
                .context("2023年度收入、支出总计均为226.23万元。").build();
        Fact c = wan("226.23").label("支出总计").canonical("expenditure_total").at("p41")
                .context("上年支出总计226.23万元。").build();
        assertTrue(run(a, b).isEmpty());
        assertTrue(run(a, c).isEmpty());
        Fact d = wan("253.00").label("支出总计").canonical("expenditure_total").at("p42")
                .context("本年支出总计253.00万元。").build();
        assertEquals(Severity.ERROR, run(a, d).orElseThrow().severity(), "no year named is the fiscal year");
    }

    @Test
    void neverAcrossScopes() {
        Fact all = wan("300.00").label("基本支出").canonical("basic_expenditure").at("p26")
                .context("本年支出合计341.47万元，其中：基本支出300.00万元。").build();
        Fact budgetOnly = wan("212.40").label("一般公共预算财政拨款基本支出").canonical("basic_expenditure").at("p52")
                .context("2024年一般公共预算财政拨款基本支出212.40万元，其中：").build();
        assertTrue(run(all, budgetOnly).isEmpty());
        // the scope may stand in the clause rather than in the label the extractor gave
        Fact total = wan("300.00").label("支出总计").canonical("expenditure_total").at("p19")
                .context("2024年度收入、支出总计均为300.00万元。").build();
        Fact appropriated = wan("253.87").label("支出总计").canonical("expenditure_total").at("p29")
                .context("2024年度财政拨款收入、支出总计253.87万元。").build();
        assertTrue(run(total, appropriated).isEmpty());
    }

    @Test
    void neverAfterAWordPointingBack() {
        Fact a = wan("41.47").label("涉及预算总金额").canonical("budget_total").at("p142")
                .context("该类项目总数1个，涉及预算总金额41.47万元，1—12月预算执行总体进度为100%。").build();
        Fact b = wan("0.74").label("涉及预算总金额").canonical("budget_total").at("p143")
                .context("该类项目总数1个，涉及预算总金额0.74万元，1—12月预算执行总体进度为100%。").build();
        assertTrue(run(a, b).isEmpty());
    }

    /** 004 as a PDF: its project tables read as text, each 自评总分 without the project it totals. */
    @Test
    void neverAnUnnamedTotalWithoutSubject() {
        Fact department = TestFacts.score("98.6").label("区委绩效办部门整体绩效自评得分").canonical("self_eval_score")
                .at("p77").context("区委绩效办部门整体绩效自评得分为98.6分，绩效自评综述：严格按照预算目标。").build();
        Fact first = TestFacts.score("98.5").label("自评总分").canonical("self_eval_score").at("p724")
                .context("结合年初绩效指标，通过自评，自评总分98.5分。").build();
        Fact second = TestFacts.score("100").label("自评总分").canonical("self_eval_score").at("p797")
                .context("评价结论结合年初绩效指标，通过自评，自评总分100分。").build();
        assertTrue(check.check(figures(List.of(department, first, second), List.of())).isEmpty());
        Fact named = TestFacts.score("100").label("自评总分").canonical("self_eval_score").subject("信创项目").at("p797")
                .context("信创项目自评总分100分。").build();
        Fact restated = TestFacts.score("95").label("自评总分").canonical("self_eval_score").subject("信创项目")
                .at("p800").context("信创项目的自评总分为95分。").build();
        assertEquals(Severity.ERROR, run(named, restated).orElseThrow().severity());
    }

    @Test
    void neverAcrossQualifiersOrShortLabels() {
        Fact value = wan("253.87").label("支出总计").canonical("expenditure_total").at("p19")
                .context("2024年度收入、支出总计均为253.87万元。").build();
        Fact change = wan("27.64").label("支出总计").canonical("expenditure_total").increase().at("p20")
                .context("收入、支出总计各增加27.64万元。").build();
        assertTrue(run(value, change).isEmpty());
        Fact a = wan("288828.98").label("涉及金额").at("p10").context("涉及金额288828.98万元。").build();
        Fact b = wan("18514.42").label("涉及金额").at("p14").context("涉及金额18514.42万元。").build();
        assertTrue(run(a, b).isEmpty());
    }

    @Test
    void aChangeIsComparedOnlyUnderADocumentKey() {
        // 000 p9 and p11: both about the grain reserve, but a label like 超额完成目标 names no quantity
        Fact a = TestFacts.rate("10").label("超额完成目标").increase().at("p9")
                .context("成品粮储备量42万吨，超额完成目标10%；").build();
        Fact b = TestFacts.rate("25").label("超额完成目标").increase().at("p11")
                .context("发放创新人才安家补助25人次，超额完成目标25%。").build();
        assertTrue(run(a, b).isEmpty());
        Fact c = wan("27.64").label("支出总计").canonical("expenditure_total").increase().at("p19")
                .context("与2023年度相比，收入、支出总计各增加27.64万元。").build();
        Fact d = wan("26.64").label("支出总计").canonical("expenditure_total").increase().at("p29")
                .context("与2023年相比，收入、支出总计各增加26.64万元。").build();
        assertEquals(Severity.ERROR, run(c, d).orElseThrow().severity());
    }

    /**
     * Every fact the extractor read from the seeds: 000 restates its budget total (an error) and
     * says 超额完成目标 of the same 42万吨 first as 10%, then as 10.5% (within the rounding of 10%).
     */
    @Test
    void theSeedsRestateOnlyTheirBudgetTotalAndOneRoundedChange() {
        Map<String, Figures> seeds = SeedFacts.load();
        assertEquals(List.of("000", "001", "002", "003", "004"), List.copyOf(seeds.keySet()));
        for (Map.Entry<String, Figures> seed : seeds.entrySet()) {
            List<Finding> findings = check.check(seed.getValue());
            if (seed.getKey().equals("000")) {
                assertEquals(2, findings.size(), findings::toString);
                assertEquals(List.of("f2", "f5"), findings.get(0).factIds());
                assertEquals(Severity.ERROR, findings.get(0).severity());
                assertEquals(List.of("f29", "f43"), findings.get(1).factIds());
                assertEquals(Severity.INFO, findings.get(1).severity());
            } else {
                assertTrue(findings.isEmpty(), () -> seed.getKey() + ": " + findings);
            }
        }
    }
}
