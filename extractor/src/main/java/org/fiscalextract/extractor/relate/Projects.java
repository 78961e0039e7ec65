package org.fiscalextract.extractor.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.model.check.EvaluatedProject;
import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;

/**
 * The projects and funds a report evaluates, one per subject that has at least one of the
 * figures projects.csv holds (funds, budget, executed amount, execution rate, score, grade),
 * with the firm that evaluated it where the text names one (由山西睿创咨询管理有限公司评价的“…”项目;
 * a 评价的“…” without a firm was evaluated by the firm named last). One project named two ways,
 * in the text and in its table (目标绩效督查营商管理专项预算项目, 51090422T000000280419-目标绩效督查营商管理经费),
 * is one row; a figure it states in both places is related for the prose-vs-table check.
 */
final class Projects {
    private static final Pattern EVALUATOR = Pattern.compile("由([^，。；、“”]{4,40}?(?:公司|事务所|中心|研究院|机构))评价");
    private static final Pattern EVALUATED_BY_LAST = Pattern.compile("评价的[“\"]?$");

    private Projects() {
    }

    /** Words a project's name may end in without naming another project: 信创项目资金预算项目 is 信创. */
    private static final List<String> NAME_ENDINGS = List.of("项目", "资金", "经费", "预算", "专项", "支出", "整体");
    /** A project code in front of the name: 51090422T000000280419-. */
    private static final Pattern CODE = Pattern.compile("^[0-9A-Z]{12,}\\s*[-－—_]?\\s*");
    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’「」《》\\s]");

    static List<EvaluatedProject> find(FactIndex index, List<Relation> relations) {
        List<EvaluatedProject> projects = new ArrayList<>();
        for (List<EvaluatedProject> named : byCoreName(perSubject(index)).values()) {
            EvaluatedProject merged = named.get(0);
            for (EvaluatedProject other : named.subList(1, named.size())) {
                merged = merge(merged, other, relations);
            }
            projects.add(merged);
        }
        return projects;
    }

    /** What is left of a name without its code, quotes and generic endings: the project itself. */
    static String coreName(String name) {
        String s = QUOTES.matcher(CODE.matcher(name).replaceFirst("")).replaceAll("");
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String ending : NAME_ENDINGS) {
                String rest = s.substring(0, Math.max(0, s.length() - ending.length()));
                if (s.endsWith(ending) && rest.length() >= 2 && !NAME_ENDINGS.contains(rest)) {
                    s = rest;
                    cut = true;
                }
            }
        }
        return s;
    }

    /** Projects grouped by core name, the one stating most figures first in each group. */
    private static Map<String, List<EvaluatedProject>> byCoreName(List<EvaluatedProject> projects) {
        Map<String, List<EvaluatedProject>> groups = new LinkedHashMap<>();
        for (EvaluatedProject p : projects) {
            groups.computeIfAbsent(coreName(p.name()), k -> new ArrayList<>()).add(p);
        }
        groups.values().forEach(g -> g.sort(java.util.Comparator.comparingInt(
                (EvaluatedProject p) -> p.factIds().size()).reversed()));
        return groups;
    }

    /** One row for both names: {@code a}'s figures, {@code b}'s where {@code a} has none. */
    private static EvaluatedProject merge(EvaluatedProject a, EvaluatedProject b, List<Relation> relations) {
        String name = a.name();
        return new EvaluatedProject(name,
                field(name, a.funds(), b.funds(), relations),
                field(name, a.budgetInitial(), b.budgetInitial(), relations),
                field(name, a.budgetAdjusted(), b.budgetAdjusted(), relations),
                field(name, a.executed(), b.executed(), relations),
                field(name, a.executionRate(), b.executionRate(), relations),
                field(name, a.score(), b.score(), relations),
                field(name, a.grade(), b.grade(), relations),
                a.evaluator().isEmpty() ? b.evaluator() : a.evaluator());
    }

    private static Optional<Fact> field(String project, Optional<Fact> a, Optional<Fact> b, List<Relation> relations) {
        if (a.isPresent() && b.isPresent()) {
            Fact x = a.get();
            Fact y = b.get();
            if (x.location() instanceof Location.Paragraph && y.location() instanceof Location.Cell) {
                relations.add(new Relation.ProseAndTable("project." + x.kind(), project, x, y));
            } else if (y.location() instanceof Location.Paragraph && x.location() instanceof Location.Cell) {
                relations.add(new Relation.ProseAndTable("project." + x.kind(), project, y, x));
            }
        }
        return a.isPresent() ? a : b;
    }

    private static List<EvaluatedProject> perSubject(FactIndex index) {
        Map<String, List<Fact>> bySubject = new LinkedHashMap<>();
        for (Fact f : index.all()) {
            if (!f.subject().isEmpty() && f.qualifier() == Qualifier.EXACT) {
                bySubject.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, String> evaluators = evaluators(index, bySubject);
        List<EvaluatedProject> projects = new ArrayList<>();
        bySubject.forEach((name, facts) -> {
            EvaluatedProject p = new EvaluatedProject(name,
                    first(facts, f -> f.canonical().equals("budget_total") || f.canonical().equals("funds_total")),
                    first(facts, f -> f.canonical().equals("budget_initial")),
                    first(facts, f -> f.canonical().equals("budget_adjusted")),
                    first(facts, f -> f.canonical().equals("executed_amount")),
                    first(facts, f -> f.canonical().equals("execution_rate")),
                    total(facts, "score"), total(facts, "grade"),
                    evaluators.getOrDefault(name, ""));
            if (!p.factIds().isEmpty()) {
                projects.add(p);
            }
        });
        return projects;
    }

    /** For each subject first named in a paragraph, the firm that evaluated it. */
    private static Map<String, String> evaluators(FactIndex index, Map<String, List<Fact>> bySubject) {
        Map<String, String> evaluators = new LinkedHashMap<>();
        for (Block block : index.doc().blocks()) {
            String text = block.text();
            for (String subject : bySubject.keySet()) {
                int at = text.indexOf(subject);
                if (at < 0) {
                    continue;
                }
                String before = text.substring(0, at);
                Matcher m = EVALUATOR.matcher(before);
                String named = "";
                while (m.find()) {
                    named = m.group(1);
                }
                int clauseStart = Math.max(before.lastIndexOf('，'), Math.max(before.lastIndexOf('；'), before.lastIndexOf('。')));
                String clause = before.substring(clauseStart + 1);
                if (!named.isEmpty() && clause.contains(named)) {
                    evaluators.putIfAbsent(subject, named);
                } else if (!named.isEmpty() && EVALUATED_BY_LAST.matcher(clause).find()) {
                    evaluators.putIfAbsent(subject, named);
                }
            }
        }
        return evaluators;
    }

    private static Optional<Fact> first(List<Fact> facts, Predicate<Fact> wanted) {
        return facts.stream().filter(f -> f.kind().equals("amount") || f.kind().equals("rate"))
                .filter(wanted).findFirst();
    }

    /** The project's total score (a 合计 or 自评总分 row before single items) or its only one; its grade. */
    private static Optional<Fact> total(List<Fact> facts, String kind) {
        List<Fact> ofKind = facts.stream().filter(f -> f.kind().equals(kind)).toList();
        Optional<Fact> labelledTotal = ofKind.stream()
                .filter(f -> f.label().startsWith("合计") || f.label().contains("总分")).findFirst();
        if (labelledTotal.isPresent() || ofKind.size() != 1) {
            return labelledTotal;
        }
        return Optional.of(ofKind.get(0));
    }
}
