package org.fiscalextract.extractor.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;

/**
 * An execution rate stated with its budget (预算总额1471.75万元，预算执行率95.24%) and, further in
 * the paragraph, the projects the text says were not fully spent, each with its budget and either
 * what was paid (预算10.43万元，支付8.30万元) or words saying nothing was (预算170万元，…未支付).
 */
final class UnspentFunds {
    private static final Pattern NOTHING_SPENT = Pattern.compile("未支付|未拨付|未执行|未使用|尚未支出");
    private static final String PART_ENDS = "）)。；;";

    private UnspentFunds() {
    }

    static void find(FactIndex index, List<Relation> out) {
        for (Block block : index.doc().blocks()) {
            if (block.kind() == BlockKind.TABLE_CELL) {
                continue;
            }
            List<Fact> facts = index.in(block.index()).stream().filter(f -> f.qualifier() == Qualifier.EXACT).toList();
            for (int i = 0; i < facts.size(); i++) {
                Fact rate = facts.get(i);
                if (!rate.canonical().equals("execution_rate") || !rate.subject().isEmpty()) {
                    continue;
                }
                Optional<Fact> budget = budgetBefore(block, facts, i);
                List<Relation.UnspentPart> parts = partsAfter(block, facts, i);
                if (budget.isPresent() && !parts.isEmpty()) {
                    out.add(new Relation.Unspent("prose.unspent", rate, budget.get(), parts));
                }
            }
        }
    }

    /** The document's budget total stated in the rate's sentence, before it. */
    private static Optional<Fact> budgetBefore(Block block, List<Fact> facts, int rateAt) {
        int sentence = Sentences.start(block.text(), FactIndex.offsetIn(block, facts.get(rateAt)));
        Fact found = null;
        for (Fact f : facts.subList(0, rateAt)) {
            if (FactIndex.offsetIn(block, f) >= sentence && f.canonical().equals("budget_total")
                    && f.subject().isEmpty()) {
                found = f;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Projects' budgets after the rate, with what was paid of each or the words that nothing was. */
    private static List<Relation.UnspentPart> partsAfter(Block block, List<Fact> facts, int rateAt) {
        List<Relation.UnspentPart> parts = new ArrayList<>();
        for (int i = rateAt + 1; i < facts.size(); i++) {
            Fact budget = facts.get(i);
            if (!budget.canonical().equals("budget_total") || budget.subject().isEmpty()) {
                continue;
            }
            int end = partEnd(block.text(), FactIndex.offsetIn(block, budget));
            Optional<Fact> spent = facts.stream().skip(i + 1L)
                    .filter(f -> FactIndex.offsetIn(block, f) < end && f.canonical().equals("executed_amount")
                            && f.subject().equals(budget.subject()))
                    .findFirst();
            String rest = block.text().substring(FactIndex.offsetIn(block, budget), end);
            if (spent.isPresent()) {
                parts.add(new Relation.UnspentPart(budget, spent));
            } else if (NOTHING_SPENT.matcher(rest).find()) {
                parts.add(new Relation.UnspentPart(budget, Optional.empty()));
            }
        }
        return parts;
    }

    /** Where the part a figure starts ends: its closing parenthesis or its sentence's end. */
    private static int partEnd(String text, int from) {
        int i = from;
        while (i < text.length() && PART_ENDS.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
