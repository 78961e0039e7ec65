package org.fiscalextract.extractor.relate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.fact.Fact;

/** A document's facts by the block they stand in, in text order. */
final class FactIndex {
    private final ParsedDocument doc;
    private final List<Fact> facts;
    private final Map<Integer, List<Fact>> byBlock = new HashMap<>();

    FactIndex(ParsedDocument doc, List<Fact> facts) {
        this.doc = doc;
        this.facts = List.copyOf(facts);
        int b = 0;
        for (Fact f : facts) {
            while (b < doc.blocks().size() && doc.block(b).end() <= f.start()) {
                b++;
            }
            if (b < doc.blocks().size() && doc.block(b).start() <= f.start()) {
                byBlock.computeIfAbsent(b, k -> new ArrayList<>()).add(f);
            } else {
                b = blockOf(f); // facts come sorted; this only guards against a fact between blocks
                byBlock.computeIfAbsent(b, k -> new ArrayList<>()).add(f);
            }
        }
    }

    ParsedDocument doc() {
        return doc;
    }

    List<Fact> all() {
        return facts;
    }

    /** The facts of block {@code index}, in text order. */
    List<Fact> in(int index) {
        return byBlock.getOrDefault(index, List.of());
    }

    /** The facts of block {@code index} of one kind. */
    List<Fact> in(int index, String kind) {
        return in(index).stream().filter(f -> f.kind().equals(kind)).toList();
    }

    /** The text of block {@code index} from {@code from} to the fact's start (offsets in the block). */
    String before(Block block, Fact fact, int from) {
        return block.text().substring(from, fact.start() - block.start());
    }

    /** The first fact that {@code keep} accepts in each table cell, by {@link #cell} key. */
    Map<String, Fact> inCells(Predicate<Fact> keep) {
        Map<String, Fact> byCell = new HashMap<>();
        for (Fact f : facts) {
            if (f.location() instanceof Location.Cell c && keep.test(f)) {
                byCell.putIfAbsent(cell(c.table(), c.row(), c.col()), f);
            }
        }
        return byCell;
    }

    /** The key of a table cell in {@link #inCells}: table number, row and column. */
    static String cell(int table, int row, int col) {
        return table + ":" + row + ":" + col;
    }

    /** Where a fact stands in its block's text. */
    static int offsetIn(Block block, Fact fact) {
        return fact.start() - block.start();
    }

    private int blockOf(Fact f) {
        for (Block block : doc.blocks()) {
            if (block.start() <= f.start() && f.end() <= block.end()) {
                return block.index();
            }
        }
        return -1;
    }
}
