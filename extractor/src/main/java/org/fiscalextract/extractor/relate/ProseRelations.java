package org.fiscalextract.extractor.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;

/**
 * Relations stated in running text: a total and its parts (其中, 主要用于以下方面, 分别为), with the
 * shares given for them (占80.57%); counts and the counts they divide into; year-on-year changes;
 * execution rates with their amounts; a score and the grade given with it.
 */
final class ProseRelations {
    /** Words that open a list of a total's parts. */
    private static final Pattern INTRODUCER = Pattern.compile("其中[:：，,]?|主要用于以下方面[:：]?|分别为|分别是");
    /** A share names its whole: 占本年支出合计的100%, 占政府采购支出总额的0%. */
    private static final Pattern SHARE_OF = Pattern.compile("占([^，。；、占]{2,20}?)的?$");
    /** How far (in blocks) a 其中 at a paragraph's end may look for its parts. */
    private static final int MAX_PART_PARAGRAPHS = 20;

    private ProseRelations() {
    }

    static void find(FactIndex index, List<Relation> out) {
        List<Block> blocks = index.doc().blocks();
        for (Block block : blocks) {
            if (block.kind() == BlockKind.TABLE_CELL || index.in(block.index()).isEmpty() && !endsWithIntroducer(block)) {
                continue;
            }
            breakdowns(index, block, out);
            changes(index, block, out);
            gradedScores(index, block, out);
            executionRates(index, block, out);
            countLists(index, block, out);
        }
    }

    private static boolean endsWithIntroducer(Block block) {
        return block.text().strip().matches(".*(其中|包括)[:：]?$");
    }

    /** 总额为T，其中：A a，B b (and a 其中： closing a paragraph, its parts in the paragraphs after it). */
    private static void breakdowns(FactIndex index, Block block, List<Relation> out) {
        String text = block.text();
        Matcher m = INTRODUCER.matcher(text);
        while (m.find()) {
            int at = m.start();
            int scopeEnd = Sentences.end(text, m.end());
            List<Fact> parts = new ArrayList<>();
            for (Fact f : index.in(block.index())) {
                int o = FactIndex.offsetIn(block, f);
                if (o >= m.end() && o < scopeEnd && !Sentences.inParenthesis(text, o)) {
                    parts.add(f);
                }
            }
            if (text.substring(m.end()).isBlank()) {
                parts.addAll(partsInFollowingParagraphs(index, block));
            } else {
                parts.addAll(shortSentenceAfter(index, block, scopeEnd));
            }
            List<Fact> amounts = exact(parts, "amount");
            List<Fact> counts = exact(parts, "count");
            if (!amounts.isEmpty()) {
                totalBefore(index, block, at, "amount").ifPresent(total -> {
                    out.add(new Relation.Breakdown("prose." + m.group().replaceAll("[:：，,]", ""), total, amounts,
                            amounts.size() >= 2));
                    shares(index, block, total, amounts, parts, out);
                });
            }
            if (!counts.isEmpty()) {
                totalBefore(index, block, at, "count").filter(t -> sameKindOfThing(t, counts.get(0)))
                        .or(() -> earlierCount(index, block, counts.get(0)))
                        .ifPresent(total -> out.add(new Relation.CountParts("prose.其中", total, counts,
                                counts.size() >= 2)));
            }
        }
        sharesOfNamedWholes(index, block, out);
    }

    /** A 其中： at a paragraph's end: the first amount of each paragraph after it that starts with its label. */
    private static List<Fact> partsInFollowingParagraphs(FactIndex index, Block block) {
        List<Fact> parts = new ArrayList<>();
        List<Block> blocks = index.doc().blocks();
        for (int b = block.index() + 1; b < blocks.size() && b <= block.index() + MAX_PART_PARAGRAPHS; b++) {
            Block next = blocks.get(b);
            List<Fact> amounts = exact(index.in(b), "amount");
            if (next.kind() != BlockKind.PARAGRAPH || amounts.isEmpty()) {
                break;
            }
            parts.add(amounts.get(0));
        }
        return parts;
    }

    /** 其中A a。B b。: a short sentence of just a label and an amount goes on with the list. */
    private static List<Fact> shortSentenceAfter(FactIndex index, Block block, int from) {
        String text = block.text();
        int end = Sentences.end(text, from);
        if (from >= text.length() || end - from > 24) {
            return List.of();
        }
        List<Fact> amounts = new ArrayList<>();
        for (Fact f : exact(index.in(block.index()), "amount")) {
            int o = FactIndex.offsetIn(block, f);
            if (o >= from && o < end) {
                amounts.add(f);
            }
        }
        return amounts.size() == 1 ? amounts : List.of();
    }

    /** The total a list of parts belongs to: the last exact fact of that kind before the list, in its paragraph. */
    private static Optional<Fact> totalBefore(FactIndex index, Block block, int at, String kind) {
        Fact last = null;
        for (Fact f : exact(index.in(block.index()), kind)) {
            int o = FactIndex.offsetIn(block, f);
            if (o < at && !Sentences.inParenthesis(block.text(), o)) {
                last = f; // (含一个部门整体) qualifies the total before it; it is not one
            }
        }
        return Optional.ofNullable(last);
    }

    /** 全年共分解实施项目20项 … 其中，17个项目全额支付；3个项目部分支付: a count named earlier in the document. */
    private static Optional<Fact> earlierCount(FactIndex index, Block block, Fact firstPart) {
        for (int b = block.index() - 1; b >= 0; b--) {
            List<Fact> counts = exact(index.in(b), "count");
            for (int i = counts.size() - 1; i >= 0; i--) {
                if (sameKindOfThing(counts.get(i), firstPart)) {
                    return Optional.of(counts.get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** Counts of the same things: 个项目 and 个重点项目 and 项; a bare 个 only names its thing in a sentence. */
    private static boolean sameKindOfThing(Fact total, Fact part) {
        String t = counted(total);
        String p = counted(part);
        return p.endsWith("项目") && (t.equals("项") || t.endsWith("项目")) || t.equals(p) && t.length() > 1;
    }

    private static String counted(Fact f) {
        return f.quantity() instanceof org.fiscalextract.model.fact.Quantity.Count c ? c.counted() : "";
    }

    /** 基本支出212.40万元，占83.66%: each share with the part before it, and together. */
    private static void shares(FactIndex index, Block block, Fact total, List<Fact> amounts, List<Fact> parts,
                               List<Relation> out) {
        List<Fact> shares = new ArrayList<>();
        for (Fact rate : exact(parts, "rate")) {
            if (!leadIs(block, rate, "占")) {
                continue;
            }
            Fact part = null;
            for (Fact a : amounts) {
                if (a.start() < rate.start()) {
                    part = a;
                }
            }
            if (part != null) {
                out.add(new Relation.Ratio("prose.占", rate, part, total, "total"));
                shares.add(rate);
            }
        }
        if (shares.size() >= 2) {
            out.add(new Relation.Shares("prose.占", shares, shares.size() == amounts.size()));
        }
    }

    /** 一般公共预算财政拨款支出253.87万元，占本年支出合计的100%: the whole named, stated earlier. */
    private static void sharesOfNamedWholes(FactIndex index, Block block, List<Relation> out) {
        String text = block.text();
        for (Fact rate : exact(index.in(block.index()), "rate")) {
            int o = FactIndex.offsetIn(block, rate);
            Matcher m = SHARE_OF.matcher(text.substring(Sentences.start(text, o), o));
            if (!m.find()) {
                continue;
            }
            String whole = m.group(1);
            Optional<Fact> part = lastBefore(index.in(block.index()), "amount", rate.start());
            Optional<Fact> total = namedBefore(index, block, whole);
            if (part.isPresent() && total.isPresent() && !total.get().equals(part.get())) {
                out.add(new Relation.Ratio("prose.占…的", rate, part.get(), total.get(), "total"));
            }
        }
    }

    /** The last exact amount before {@code block}'s end whose label ends with the name of the whole. */
    private static Optional<Fact> namedBefore(FactIndex index, Block block, String whole) {
        for (int b = block.index(); b >= 0; b--) {
            List<Fact> amounts = exact(index.in(b), "amount");
            for (int i = amounts.size() - 1; i >= 0; i--) {
                String label = amounts.get(i).label();
                if (!label.isEmpty() && (label.endsWith(whole) || whole.endsWith(label) && label.length() >= 4)) {
                    return Optional.of(amounts.get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** 支出总计253.87万元。…各增加27.64万元，增长12.22%: the current value, the change, the growth rate. */
    private static void changes(FactIndex index, Block block, List<Relation> out) {
        List<Fact> facts = index.in(block.index());
        String text = block.text();
        for (Fact change : facts) {
            if (!change.kind().equals("amount") || !isChange(change)) {
                continue;
            }
            Optional<Fact> current = lastBefore(facts, "amount", change.start());
            if (current.isEmpty()) {
                current = previousParagraphAmount(index, block);
            }
            int sentenceEnd = block.start() + Sentences.end(text, FactIndex.offsetIn(block, change));
            Optional<Fact> rate = facts.stream()
                    .filter(f -> f.kind().equals("rate") && isChange(f) && f.start() > change.start()
                            && f.start() < sentenceEnd)
                    .findFirst();
            current.ifPresent(c -> out.add(new Relation.Change("prose.change", c, Optional.of(change), rate)));
        }
    }

    private static Optional<Fact> previousParagraphAmount(FactIndex index, Block block) {
        return block.index() == 0 ? Optional.empty() : lastBefore(index.in(block.index() - 1), "amount", Integer.MAX_VALUE);
    }

    /** 得分为89.97分，绩效评价等级为“良”: each grade with the score before it, of the same subject. */
    private static void gradedScores(FactIndex index, Block block, List<Relation> out) {
        Fact score = null;
        for (Fact f : index.in(block.index())) {
            if (f.kind().equals("score") && f.qualifier() == Qualifier.EXACT) {
                score = f;
            } else if (f.kind().equals("grade") && score != null && score.subject().equals(f.subject())) {
                out.add(new Relation.GradedScore("prose.score+grade", score, f));
                score = null;
            }
        }
    }

    /** 预算10.43万元，支付8.30万元，执行率79.6%: the rate with the amounts of its subject in its sentence. */
    private static void executionRates(FactIndex index, Block block, List<Relation> out) {
        List<Fact> facts = index.in(block.index());
        String text = block.text();
        for (Fact rate : facts) {
            if (!rate.canonical().equals("execution_rate") || rate.qualifier() != Qualifier.EXACT) {
                continue;
            }
            int from = block.start() + Sentences.start(text, FactIndex.offsetIn(block, rate));
            Fact executed = null;
            Fact budget = null;
            for (Fact f : facts) {
                if (f.start() < from || f.start() >= rate.start() || !f.subject().equals(rate.subject())
                        || !f.kind().equals("amount") || f.qualifier() != Qualifier.EXACT) {
                    continue;
                }
                if (f.canonical().equals("executed_amount")) {
                    executed = f;
                } else if (f.canonical().startsWith("budget_")) {
                    budget = f;
                }
            }
            if (executed != null && budget != null) {
                out.add(new Relation.Ratio("prose.执行率", rate, executed, budget, base(budget)));
            }
        }
    }

    /** 对8个项目…最终确定3个项目予以支持、3个项目“予以部分支持”、2个项目“不予支持”: a count and a list of counts. */
    private static void countLists(FactIndex index, Block block, List<Relation> out) {
        String text = block.text();
        List<Fact> counts = exact(index.in(block.index()), "count");
        for (int i = 0; i + 2 < counts.size(); i++) {
            Fact total = counts.get(i);
            int sentenceEnd = block.start() + Sentences.end(text, FactIndex.offsetIn(block, total));
            List<Fact> list = new ArrayList<>();
            for (int j = i + 1; j < counts.size() && counts.get(j).start() < sentenceEnd; j++) {
                Fact next = counts.get(j);
                if (!list.isEmpty() && !between(index, block, list.get(list.size() - 1), next).contains("、")) {
                    break;
                }
                list.add(next);
            }
            String gap = list.isEmpty() ? "" : between(index, block, total, list.get(0));
            // the total stands apart from the list (not its first item) and no 其中 opens the list
            if (list.size() >= 2 && !gap.contains("其中") && !gap.contains("、")
                    && list.stream().allMatch(p -> counted(p).endsWith("项目"))) {
                out.add(new Relation.CountParts("prose.list", total, list, true));
                i += list.size();
            }
        }
    }

    private static String between(FactIndex index, Block block, Fact a, Fact b) {
        return block.text().substring(a.end() - block.start(), Math.max(a.end(), b.start()) - block.start());
    }

    private static String base(Fact budget) {
        return switch (budget.canonical()) {
            case "budget_adjusted" -> "adjusted";
            case "budget_initial" -> "initial";
            default -> "budget";
        };
    }

    private static boolean leadIs(Block block, Fact fact, String word) {
        int o = FactIndex.offsetIn(block, fact);
        String before = block.text().substring(Math.max(0, o - 3), o);
        return before.contains(word);
    }

    private static boolean isChange(Fact f) {
        return f.qualifier() == Qualifier.INCREASE || f.qualifier() == Qualifier.DECREASE;
    }

    private static Optional<Fact> lastBefore(List<Fact> facts, String kind, int position) {
        Fact last = null;
        for (Fact f : facts) {
            if (f.kind().equals(kind) && f.qualifier() == Qualifier.EXACT && f.start() < position) {
                last = f;
            }
        }
        return Optional.ofNullable(last);
    }

    private static List<Fact> exact(List<Fact> facts, String kind) {
        return facts.stream().filter(f -> f.kind().equals(kind) && f.qualifier() == Qualifier.EXACT).toList();
    }
}
