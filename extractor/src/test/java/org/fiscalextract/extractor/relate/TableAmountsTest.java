package org.fiscalextract.extractor.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.Table;
import org.fiscalextract.model.document.TableCell;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every non-zero number in a budget table becomes one amount: in its cell, in the unit its
 * caption states (单位：元 or 单位：万元), labelled by its row. Classification codes (类/款/项,
 * 科目编码) are the only numbers that are not amounts.
 */
class TableAmountsTest {
    private static final Pattern NUMBER = Pattern.compile("-?[\\d,]*\\.?\\d+");
    private static final Pattern CAPTION_UNIT = Pattern.compile("单位\\s*[:：]\\s*(万元|元)");
    private static final Pattern CODE_HEADER = Pattern.compile("类|款|项|编码|代码");

    @ParameterizedTest
    @ValueSource(strings = {"../corpus/reports/budget-tables.pdf", "../corpus/reports/budget-tables.xlsx",
            "../../shared/real-pdf/putuo-sifaju-2026-dept-budget.pdf",
            "../../shared/real-pdf/putuo-sifaju-2026-unit-budget.pdf"})
    void everyNonZeroNumberIsAnAmountInItsCaptionsUnit(String name) {
        Path file = Path.of(name);
        assumeTrue(Files.isRegularFile(file), "no " + file + " here (../shared is not part of the project)");
        ParsedDocument doc = Relate.read(file);
        Map<String, List<Fact>> byCell = Relate.FACTS.extract(doc).stream()
                .filter(f -> f.quantity() instanceof Quantity.Amount)
                .collect(Collectors.groupingBy(f -> f.location().label()));
        List<String> wrong = new ArrayList<>();
        int amounts = 0;
        int previousEnd = 0;
        for (Table table : doc.tables()) {
            int captionFrom = previousEnd;
            for (TableCell cell : table.cells()) {
                Block block = doc.block(cell.block());
                previousEnd = Math.max(previousEnd, block.end());
                // a sheet states its unit in a row of its own, above the figures
                BigDecimal factor = captionFactor(doc.text().substring(captionFrom, block.start()));
                String text = block.text().strip();
                if (!NUMBER.matcher(text).matches() || new BigDecimal(text.replace(",", "")).signum() == 0) {
                    continue;
                }
                List<Fact> facts = byCell.getOrDefault(block.location().label(), List.of());
                if (facts.isEmpty() && CODE_HEADER.matcher(header(doc, table, cell)).find()) {
                    continue;
                }
                amounts++;
                BigDecimal expected = new BigDecimal(text.replace(",", "")).multiply(factor);
                if (facts.size() != 1 || ((Quantity.Amount) facts.get(0).quantity()).yuan().compareTo(expected) != 0
                        || !facts.get(0).label().contains(rowName(doc, table, cell))) {
                    wrong.add(block.location().label() + " " + text + " in " + header(doc, table, cell) + " → "
                            + facts.stream().map(f -> f.label() + "=" + f.quantity()).toList());
                }
            }
        }
        assertTrue(amounts > 40, "too few amounts to mean anything: " + amounts);
        assertEquals(List.of(), wrong);
    }

    /** 10000 when the last unit stated above is 万元, 1 for 元. */
    private static BigDecimal captionFactor(String above) {
        Matcher m = CAPTION_UNIT.matcher(above);
        String unit = "元";
        while (m.find()) {
            unit = m.group(1);
        }
        return unit.equals("万元") ? BigDecimal.valueOf(10000) : BigDecimal.ONE;
    }

    /** The texts above the cell in its column, joined: its column header. */
    private static String header(ParsedDocument doc, Table table, TableCell cell) {
        return table.cells().stream()
                .filter(c -> c.row() < cell.row() && c.col() <= cell.col() && c.col() + c.colSpan() > cell.col())
                .map(c -> doc.block(c.block()).text().strip())
                .filter(t -> !NUMBER.matcher(t).matches())
                .collect(Collectors.joining("/"));
    }

    /** The row's last text cell left of the number that is neither a number nor empty: what the row is. */
    private static String rowName(ParsedDocument doc, Table table, TableCell cell) {
        String name = "";
        for (TableCell c : table.cells()) {
            String t = doc.block(c.block()).text().strip();
            if (c.row() == cell.row() && c.col() < cell.col() && !t.isEmpty() && !NUMBER.matcher(t).matches()) {
                name = t.replaceAll("\\s+", "");
            }
        }
        return name;
    }
}
