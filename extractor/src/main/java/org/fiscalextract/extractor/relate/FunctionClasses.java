package org.fiscalextract.extractor.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;

/**
 * The levels of the functional classification in a final account's prose: each 类 total stated
 * earlier (一般公共服务支出204.53万元) against the 项 lines under it that follow
 * (1.一般公共服务支出（类）…（款）行政运行（项）:支出决算为96.73万元; …). The lines make up the whole
 * class when they follow a 其中：, as the 具体情况 list of a final account does; otherwise they may
 * be only the main ones.
 */
final class FunctionClasses {
    private static final Pattern LINE = Pattern.compile("^\\s*(?:\\d+[.、．]\\s*)?([^（(，。；:：]{2,30}?)（类）.*?（项）");
    private static final Pattern LIST_OPENS = Pattern.compile("其中[:：]?\\s*$");

    private FunctionClasses() {
    }

    static void find(FactIndex index, List<Relation> out) {
        Map<String, List<Fact>> partsByClass = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        Map<String, Boolean> wholeList = new LinkedHashMap<>();
        boolean listOpened = false;
        Block previous = null;
        for (Block block : index.doc().blocks()) {
            if (block.kind() == BlockKind.TABLE_CELL) {
                continue;
            }
            Matcher m = LINE.matcher(block.text());
            Optional<Fact> amount = m.find() ? firstAmountAfter(index, block, m.end()) : Optional.empty();
            if (amount.isPresent()) {
                if (previous == null || !LINE.matcher(previous.text()).find()) {
                    listOpened = previous != null && LIST_OPENS.matcher(previous.text()).find();
                }
                String name = m.group(1).strip();
                partsByClass.computeIfAbsent(name, k -> new ArrayList<>()).add(amount.get());
                firstLine.putIfAbsent(name, block.index());
                wholeList.putIfAbsent(name, listOpened);
            }
            previous = block;
        }
        partsByClass.forEach((name, parts) -> totalBefore(index, name, firstLine.get(name)).ifPresent(total ->
                out.add(new Relation.Breakdown("prose.function_class", total, parts, wholeList.get(name)))));
    }

    private static Optional<Fact> firstAmountAfter(FactIndex index, Block block, int from) {
        return index.in(block.index(), "amount").stream()
                .filter(f -> f.qualifier() == Qualifier.EXACT && FactIndex.offsetIn(block, f) >= from)
                .findFirst();
    }

    /** The first exact amount before the class's lines labelled with the class's name. */
    private static Optional<Fact> totalBefore(FactIndex index, String name, int beforeBlock) {
        for (int b = 0; b < beforeBlock; b++) {
            for (Fact f : index.in(b, "amount")) {
                if (f.qualifier() == Qualifier.EXACT && f.label().strip().equals(name)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}
