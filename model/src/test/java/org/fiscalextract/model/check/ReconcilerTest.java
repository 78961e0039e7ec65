package org.fiscalextract.model.check;

import static org.fiscalextract.model.check.TestFacts.rate;
import static org.fiscalextract.model.check.TestFacts.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.check.IndicatorTable.Points;
import org.fiscalextract.model.check.IndicatorTable.Section;
import org.fiscalextract.model.fact.Fact;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    @Test
    void theStandardSetHasEveryCheck() {
        assertEquals(List.of("breakdown_sum", "count_parts", "rate_vs_amounts", "rate_vs_wording", "rate_vs_unspent",
                "shares_sum", "change_vs_values", "grade_vs_score", "score_table_sum", "score_above_weight",
                "weight_sum", "restated_quantity", "restated_count", "prose_vs_table", "missing_tables",
                "listed_items"),
                Reconciler.standard().checks().stream().map(Check::name).toList());
    }

    @Test
    void findingsComeInDocumentOrderThenByCheckName() {
        String p2 = "2024年度财政下达我委项目预算资金总额为1302.76万元，执行率90.00%。";
        Fact total = wan("1302.76").id("f2").start(99).label("项目预算资金总额").canonical("budget_total").at("p2")
                .context(p2).build();
        Fact rateFact = rate("90.00").id("f3").start(120).label("执行率").at("p2").context(p2).build();
        Fact restated = wan("1471.75").id("f5").start(300).label("项目资金预算总额").canonical("budget_total")
                .at("p5").context("2024年度财政下达我委项目资金预算总额为1471.75万元。").build();
        Fact paid = wan("1000.00").id("f6").start(320).label("支付").at("p5").build();
        Fact part = wan("1500.00").id("f7").start(340).label("县级").at("p5").build();
        IndicatorTable table = new IndicatorTable("表", "t1r1c1",
                List.of(new Section("产出", 1, "", new Points(java.math.BigDecimal.TEN, "产出（10分）", "t1r2c1"))),
                List.of(new IndicatorTable.Item("甲", "产出", Optional.of(new Points(java.math.BigDecimal.ONE, "1",
                        "t1r3c4")), Optional.empty())), Optional.empty(), Optional.empty());
        Figures figures = new Figures(List.of(total, rateFact, restated, paid, part),
                List.of(new Relation.Breakdown("test", restated, List.of(part), false),
                        new Relation.Ratio("test", rateFact, paid, total, "budget")),
                List.of(table), "重庆市", "2024");
        List<Finding> findings = Reconciler.standard().reconcile(figures);
        assertEquals(List.of("rate_vs_amounts", "restated_quantity", "breakdown_sum", "weight_sum"),
                findings.stream().map(Finding::check).toList());
        assertEquals(findings, Reconciler.standard().reconcile(figures), "the same figures give the same findings");
    }

    @Test
    void nothingToCheckFindsNothing() {
        assertTrue(Reconciler.standard().reconcile(new Figures(List.of(), List.of(), List.of(), "", "")).isEmpty());
    }

    @Test
    void aReconcilerRunsTheChecksItIsGiven() {
        Fact total = wan("1471.75").build();
        Figures figures = new Figures(List.of(total), List.of(new Relation.Breakdown("test", total,
                List.of(wan("10.53").build(), wan("1292.23").build()), true)), List.of(), "", "");
        assertEquals(1, new Reconciler(List.of(new BreakdownCheck())).reconcile(figures).size());
        assertTrue(new Reconciler(List.of(new RatioCheck())).reconcile(figures).isEmpty());
    }
}
