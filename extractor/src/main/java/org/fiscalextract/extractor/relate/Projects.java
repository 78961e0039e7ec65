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
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;

/**
 * The projects and funds a report evaluates, one per subject that has at least one of the
 * figures projects.csv holds (funds, budget, executed amount, execution rate, score, grade),
 * with the firm that evaluated it where the text names one (由山西睿创咨询管理有限公司评价的“…”项目;
 * a 评价的“…” without a firm was evaluated by the firm named last).
 */
final class Projects {
    private static final Pattern EVALUATOR = Pattern.compile("由([^，。；、“”]{4,40}?(?:公司|事务所|中心|研究院|机构))评价");
    private static final Pattern EVALUATED_BY_LAST = Pattern.compile("评价的[“\"]?$");

    private Projects() {
    }

    static List<EvaluatedProject> find(FactIndex index) {
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
