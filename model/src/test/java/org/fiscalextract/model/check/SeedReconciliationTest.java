package org.fiscalextract.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fiscalextract.model.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * The standard checks over the seeds' own facts, related by hand the way the seeds relate them:
 * what holds raises nothing, and the inconsistencies the issue names are found with their
 * arithmetic. (The extractor finds the relations; this pins what the checks make of them.)
 */
class SeedReconciliationTest {
    private static final Map<String, Figures> SEEDS = SeedFacts.load();
    private final Reconciler reconciler = Reconciler.standard();

    private static Map<String, Fact> byId(Figures figures) {
        Map<String, Fact> facts = new HashMap<>();
        figures.facts().forEach(f -> facts.put(f.factId(), f));
        return facts;
    }

    private static List<Fact> ids(Map<String, Fact> facts, String... ids) {
        List<Fact> list = new ArrayList<>();
        for (String id : ids) {
            list.add(facts.get(id));
        }
        return list;
    }

    private static Figures with(Figures seed, List<Relation> relations, List<IndicatorTable> tables) {
        return new Figures(seed.facts(), relations, tables, seed.province(), seed.fiscalYear());
    }

    private static List<String> summary(List<Finding> findings) {
        return findings.stream().map(f -> f.check() + " " + f.severity().label() + " " + f.factIds()).toList();
    }

    @Test
    void seed000() {
        Figures seed = SEEDS.get("000");
        Map<String, Fact> f = byId(seed);
        List<Relation> relations = List.of(
                new Relation.Breakdown("prose.其中", f.get("f2"), ids(f, "f3", "f4"), true),
                new Relation.CountParts("prose.其中", f.get("f1"), ids(f, "f7", "f8"), true),
                new Relation.Ratio("prose.执行率", f.get("f12"), f.get("f11"), f.get("f10"), "budget"),
                new Relation.GradedScore("prose.score+grade", f.get("f72"), f.get("f73")));
        List<Finding> findings = reconciler.reconcile(with(seed, relations, List.of()));
        assertEquals(List.of("restated_quantity error [f2, f5]", "restated_quantity info [f29, f43]"), summary(findings));
        assertEquals("项目预算资金总额 stated as 1302.76万元 (p2) and 项目资金预算总额 as 1471.75万元 (p5): 168.99万元 apart, "
                + "beyond rounding (±0.01万元)", findings.get(0).message());
    }

    @Test
    void seed001() {
        Figures seed = SEEDS.get("001");
        Map<String, Fact> f = byId(seed);
        List<Relation> relations = new ArrayList<>();
        relations.add(new Relation.Breakdown("prose.其中", f.get("f6"), ids(f, "f7", "f8"), true));
        relations.add(new Relation.GradedScore("prose.score+grade", f.get("f11"), f.get("f12")));
        for (int score = 19; score <= 40; score += 3) {
            relations.add(new Relation.GradedScore("prose.score+grade", f.get("f" + score), f.get("f" + (score + 1))));
        }
        relations.add(new Relation.ListedItems("prose.graded_projects", f.get("f17"),
                List.of("一", "二", "三", "四", "五", "六", "七", "八")));
        assertEquals(List.of(), summary(reconciler.reconcile(with(seed, relations, List.of()))));
    }

    @Test
    void seed002() {
        Figures seed = SEEDS.get("002");
        Map<String, Fact> f = byId(seed);
        List<Relation> relations = List.of(
                new Relation.CountParts("prose.其中", f.get("f1"), ids(f, "f3", "f5", "f7"), true),
                new Relation.ListedItems("prose.section_headings", f.get("f1"),
                        List.of("（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）")));
        assertEquals(List.of("listed_items warning [f1]"), summary(reconciler.reconcile(with(seed, relations,
                List.of()))));
    }

    @Test
    void seed003() {
        Figures seed = SEEDS.get("003");
        Map<String, Fact> f = byId(seed);
        List<Relation> relations = List.of(
                new Relation.CountParts("prose.list", f.get("f1"), ids(f, "f4", "f5", "f6"), true));
        assertEquals(List.of(), summary(reconciler.reconcile(with(seed, relations, List.of()))));
    }

    @Test
    void seed004() {
        Figures seed = SEEDS.get("004");
        Map<String, Fact> f = byId(seed);
        List<Relation> relations = List.of(
                new Relation.Change("prose.change", f.get("f5"), Optional.of(f.get("f6")), Optional.of(f.get("f7"))),
                new Relation.Change("prose.change", f.get("f17"), Optional.of(f.get("f18")), Optional.of(f.get("f19"))),
                new Relation.Change("prose.change", f.get("f21"), Optional.of(f.get("f23")), Optional.of(f.get("f24"))),
                new Relation.Breakdown("prose.其中", f.get("f12"), ids(f, "f13", "f15"), true),
                new Relation.Ratio("prose.占", f.get("f14"), f.get("f13"), f.get("f12"), "total"),
                new Relation.Ratio("prose.占", f.get("f16"), f.get("f15"), f.get("f12"), "total"),
                new Relation.Shares("prose.占", ids(f, "f14", "f16"), true),
                new Relation.Breakdown("prose.主要用于", f.get("f26"), ids(f, "f27", "f29", "f31", "f33"), true),
                new Relation.Ratio("prose.占", f.get("f28"), f.get("f27"), f.get("f26"), "total"),
                new Relation.Ratio("prose.占", f.get("f30"), f.get("f29"), f.get("f26"), "total"),
                new Relation.Ratio("prose.占", f.get("f32"), f.get("f31"), f.get("f26"), "total"),
                new Relation.Ratio("prose.占", f.get("f34"), f.get("f33"), f.get("f26"), "total"),
                new Relation.Shares("prose.占", ids(f, "f28", "f30", "f32", "f34"), true),
                new Relation.Breakdown("prose.其中", f.get("f35"),
                        ids(f, "f37", "f39", "f41", "f43", "f45", "f47", "f49", "f51", "f53"), true),
                new Relation.Breakdown("prose.其中", f.get("f55"), ids(f, "f56", "f57"), true),
                new Relation.Change("prose.change", f.get("f58"), Optional.of(f.get("f60")), Optional.of(f.get("f61"))),
                new Relation.Breakdown("identity.three_public", f.get("f58"), ids(f, "f62", "f64", "f66"), true),
                new Relation.Shares("prose.占", ids(f, "f63", "f65", "f67"), true),
                new Relation.Change("prose.change", f.get("f103"), Optional.of(f.get("f104")),
                        Optional.of(f.get("f105"))),
                new Relation.Breakdown("prose.其中", f.get("f107"), ids(f, "f108", "f109", "f110"), true),
                new Relation.CountParts("prose.其中", f.get("f133"), ids(f, "f134", "f135"), true),
                new Relation.CountParts("prose.其中", f.get("f136"), ids(f, "f137", "f138"), true),
                new Relation.Ratio("table.执行率", f.get("f199"), f.get("f198"), f.get("f197"), "adjusted"),
                new Relation.Ratio("table.执行率", f.get("f237"), f.get("f236"), f.get("f235"), "adjusted"),
                new Relation.Ratio("table.执行率", f.get("f251"), f.get("f250"), f.get("f249"), "adjusted"));
        List<Finding> findings = reconciler.reconcile(with(seed, relations,
                List.of(IndicatorTableCheckTest.seed004())));
        assertEquals(List.of(
                "rate_vs_amounts info [f28, f27, f26]",
                "change_vs_values info [f58, f60, f61]",
                "weight_sum error []",
                "weight_sum info []",
                "weight_sum error []",
                "weight_sum error []",
                "weight_sum error []"), summary(findings));
    }
}
