package org.fiscalextract.extractor.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fiscalextract.extractor.data.DataFile;
import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.Table;
import org.fiscalextract.model.document.TableInventory;
import org.fiscalextract.model.document.TableInventory.Status;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Qualifier;

/**
 * The totals the standard tables of a budget or final account share ({@code standard-tables.tsv}
 * knows them by caption): in a 收支总表 收入总计 = 支出总计, and they are the 合计 of the 收入表 and
 * of the 支出表; the 一般公共预算支出表's 合计 is the 财政拨款收支总表's 一般公共预算 支出; the 三公
 * table's 合计 is the “三公”经费 the text states.
 */
final class StandardTables {
    /** How many blocks above a table its caption may stand. */
    private static final int CAPTION_BLOCKS = 3;

    private record Kind(String name, Pattern caption, String title, Optional<Pattern> declaredEmpty) {
    }

    private final List<Kind> kinds = new ArrayList<>();

    StandardTables() {
        for (String[] row : DataFile.table(StandardTables.class, "standard-tables.tsv").rows(4)) {
            String empty = row[3].trim();
            kinds.add(new Kind(row[0].trim(), Pattern.compile(row[1].trim()), row[2].trim(),
                    empty.equals("-") ? Optional.empty() : Optional.of(Pattern.compile(empty))));
        }
    }

    void find(FactIndex index, List<Relation> out) {
        Map<String, Table> byKind = new LinkedHashMap<>();
        for (Table table : index.doc().tables()) {
            kind(index.doc(), table).ifPresent(k -> byKind.putIfAbsent(k, table));
        }
        Optional<Fact> income = cell(index, byKind.get("income_expenditure_summary"), "收入总计");
        Optional<Fact> spending = cell(index, byKind.get("income_expenditure_summary"), "支出总计");
        equal("table.收入总计=支出总计", income, spending, out);
        equal("table.收支总表=收入表", income, cell(index, byKind.get("income"), "合计/合计"), out);
        equal("table.收支总表=支出表", spending, cell(index, byKind.get("expenditure"), "合计/合计"), out);
        Table appropriations = byKind.get("appropriation_summary");
        equal("table.财政拨款收入总计=支出总计", cell(index, appropriations, "收入总计"),
                cell(index, appropriations, "支出总计"), out);
        equal("table.财政拨款收支总表=一般公共预算支出表", cell(index, appropriations, "支出总计/一般公共预算"),
                cell(index, byKind.get("general_public_function"), "合计/合计"), out);
        threePublicSums(index, byKind.get("three_public"), out);
        Optional<Fact> threePublicText = index.all().stream()
                .filter(f -> f.location() instanceof Location.Paragraph && f.canonical().equals("three_public_total")
                        && f.qualifier() == Qualifier.EXACT && f.kind().equals("amount"))
                .findFirst();
        Optional<Fact> threePublicTable = cell(index, byKind.get("three_public"), "合计");
        if (threePublicText.isPresent() && threePublicTable.isPresent()) {
            out.add(new Relation.ProseAndTable("table.三公=prose", "“三公”经费", threePublicText.get(),
                    threePublicTable.get()));
        }
        if (!byKind.isEmpty()) {
            out.add(tableSet(index.doc(), byKind));
        }
    }

    /** Which standard tables the document holds, which its text declares empty, which are missing. */
    private Relation.TableSet tableSet(ParsedDocument doc, Map<String, Table> byKind) {
        List<TableInventory.Entry> entries = new ArrayList<>();
        String prose = doc.blocks().stream().filter(b -> b.kind() != BlockKind.TABLE_CELL).map(Block::text)
                .collect(Collectors.joining("\n"));
        for (Kind k : kinds) {
            Table table = byKind.get(k.name());
            if (table != null) {
                entries.add(new TableInventory.Entry(k.name(), k.title(), Status.PRESENT, table.number()));
            } else if (k.declaredEmpty().isPresent() && k.declaredEmpty().get().matcher(prose).find()) {
                entries.add(new TableInventory.Entry(k.name(), k.title(), Status.DECLARED_EMPTY, 0));
            } else {
                entries.add(new TableInventory.Entry(k.name(), k.title(), Status.MISSING, 0));
            }
        }
        return new Relation.TableSet("table.captions", new TableInventory(entries));
    }

    /**
     * The 三公 table's 合计 = 因公出国（境）费 + 公务用车购置及运行费 (its 小计, or 购置费 + 运行费 where it
     * has none) + 公务接待费; and the 小计 = 购置费 + 运行费.
     */
    private static void threePublicSums(FactIndex index, Table table, List<Relation> out) {
        Optional<Fact> total = cell(index, table, "合计");
        Optional<Fact> abroad = containing(index, table, "因公出国");
        Optional<Fact> reception = containing(index, table, "公务接待");
        Optional<Fact> vehicles = cell(index, table, "小计").or(() -> containing(index, table, "公务用车购置及运行"));
        Optional<Fact> purchase = containing(index, table, "购置费");
        Optional<Fact> running = containing(index, table, "运行费").filter(f -> !f.label().contains("机关运行"));
        List<Optional<Fact>> parts = vehicles.isPresent() ? List.of(abroad, vehicles, reception)
                : List.of(abroad, purchase, running, reception);
        if (total.isPresent() && parts.stream().allMatch(Optional::isPresent)) {
            out.add(new Relation.Breakdown("table.三公", total.get(), parts.stream().map(Optional::get).toList(), true));
        }
        if (vehicles.isPresent() && purchase.isPresent() && running.isPresent()) {
            out.add(new Relation.Breakdown("table.三公公务用车", vehicles.get(), List.of(purchase.get(), running.get()),
                    true));
        }
    }

    /** The first exact amount of the table whose label contains {@code word}. */
    private static Optional<Fact> containing(FactIndex index, Table table, String word) {
        if (table == null) {
            return Optional.empty();
        }
        return index.all().stream()
                .filter(f -> f.location() instanceof Location.Cell c && c.table() == table.number())
                .filter(f -> f.kind().equals("amount") && f.qualifier() == Qualifier.EXACT)
                .filter(f -> f.label().contains(word))
                .findFirst();
    }

    private static void equal(String source, Optional<Fact> a, Optional<Fact> b, List<Relation> out) {
        if (a.isPresent() && b.isPresent()) {
            out.add(new Relation.Breakdown(source, a.get(), List.of(b.get()), true));
        }
    }

    /** The first exact amount of the table whose label starts with {@code label}. */
    private static Optional<Fact> cell(FactIndex index, Table table, String label) {
        if (table == null) {
            return Optional.empty();
        }
        return index.all().stream()
                .filter(f -> f.location() instanceof Location.Cell c && c.table() == table.number())
                .filter(f -> f.kind().equals("amount") && f.qualifier() == Qualifier.EXACT)
                .filter(f -> f.label().startsWith(label))
                .findFirst();
    }

    /** The kind of standard table the lines above a table name, if any. */
    private Optional<String> kind(ParsedDocument doc, Table table) {
        if (table.cells().isEmpty()) {
            return Optional.empty();
        }
        // nearest first: a note under the previous table (本部门无政府性基金预算) is no caption of this one
        List<String> captions = new ArrayList<>();
        int first = table.cells().get(0).block();
        for (int b = first - 1; b >= 0 && b >= first - CAPTION_BLOCKS; b--) {
            Block block = doc.block(b);
            if (block.kind() == BlockKind.TABLE_CELL) {
                break;
            }
            captions.add(block.text());
        }
        captions.add(doc.block(first).text()); // a spreadsheet's caption is its own first row
        for (String caption : captions) {
            for (Kind k : kinds) {
                if (k.caption().matcher(caption).find()) {
                    return Optional.of(k.name());
                }
            }
        }
        return Optional.empty();
    }
}
