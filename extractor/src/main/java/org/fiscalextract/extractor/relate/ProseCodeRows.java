package org.fiscalextract.extractor.relate;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;

/**
 * An amount the prose gives for a coded classification item, against the item's row in a table:
 * 公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元 in the text and 204 06 01 行政运行
 * 16726725.44 in the 合计 column — one figure in two units, to be checked within rounding.
 */
final class ProseCodeRows {
    /** 公共安全支出（204类）司法（06款）行政运行（01项）: the codes, and the 项's name in group 3. */
    static final Pattern CODED = Pattern.compile(
            "（(\\d{3})类）[^（()]{0,30}?（(\\d{2})款）([^（()，。；:：]{1,30})（(\\d{2})项）");

    private ProseCodeRows() {
    }

    /** @param totalsByCode each coded row's 合计 cell, by code (20406 01 as 2040601) */
    static void find(FactIndex index, Map<String, Fact> totalsByCode, List<Relation> out) {
        if (totalsByCode.isEmpty()) {
            return;
        }
        for (Block block : index.doc().blocks()) {
            if (block.kind() == BlockKind.TABLE_CELL) {
                continue;
            }
            Matcher m = CODED.matcher(block.text());
            while (m.find()) {
                Fact row = totalsByCode.get(m.group(1) + m.group(2) + m.group(4));
                if (row == null) {
                    continue;
                }
                int after = m.end();
                index.in(block.index(), "amount").stream()
                        .filter(f -> f.qualifier() == Qualifier.EXACT && FactIndex.offsetIn(block, f) >= after)
                        .findFirst()
                        .filter(f -> FactIndex.offsetIn(block, f) - after <= 2) // the item's own amount, right after it
                        .ifPresent(f -> out.add(new Relation.ProseAndTable("prose.code_row", m.group(3).strip(), f, row)));
            }
        }
    }
}
