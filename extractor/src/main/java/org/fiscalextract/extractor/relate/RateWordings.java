package org.fiscalextract.extractor.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.extractor.data.DataFile;
import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.fact.Fact;

/**
 * A completion rate and the words of its sentence that compare outturn and budget: 完成预算100%，
 * 决算数等于预算数 ({@code comparison-words.tsv}). Only a sentence with exactly one completion rate
 * before the words is related; with two, which one the words mean is a guess.
 */
final class RateWordings {
    private record Wording(Relation.Comparison comparison, Pattern pattern) {
    }

    /** The label of a completion rate: 完成预算, 完成年初预算, 预算完成率. */
    private static final Pattern COMPLETION = Pattern.compile("完成.{0,4}预算|预算完成率|预算执行率|执行率");

    private final List<Wording> wordings;

    RateWordings() {
        List<Wording> list = new ArrayList<>();
        for (String[] row : DataFile.table(RateWordings.class, "comparison-words.tsv").rows(2)) {
            list.add(new Wording(Relation.Comparison.valueOf(row[0].trim().toUpperCase(Locale.ROOT)),
                    Pattern.compile(row[1].trim())));
        }
        this.wordings = List.copyOf(list);
    }

    void find(FactIndex index, List<Relation> out) {
        for (Block block : index.doc().blocks()) {
            if (block.kind() == BlockKind.TABLE_CELL || index.in(block.index(), "rate").isEmpty()) {
                continue;
            }
            for (Wording w : wordings) {
                Matcher m = w.pattern().matcher(block.text());
                while (m.find()) {
                    List<Fact> rates = completionRatesBefore(index, block, m.start());
                    if (rates.size() == 1) {
                        out.add(new Relation.RateWording("prose.comparison_words", rates.get(0), w.comparison(),
                                m.group()));
                    }
                }
            }
        }
    }

    private static List<Fact> completionRatesBefore(FactIndex index, Block block, int at) {
        int sentence = Sentences.start(block.text(), at);
        return index.in(block.index(), "rate").stream()
                .filter(f -> FactIndex.offsetIn(block, f) >= sentence && FactIndex.offsetIn(block, f) < at)
                .filter(f -> COMPLETION.matcher(f.label()).find() || f.canonical().equals("execution_rate"))
                .toList();
    }
}
