package org.fiscalextract.extractor.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.fiscalextract.extractor.ingest.PdfGlyphs.Glyph;
import org.fiscalextract.extractor.ingest.PdfTableGrid.Found;
import org.fiscalextract.extractor.ingest.RawItem.RawCell;
import org.fiscalextract.extractor.normalize.LineBreaks;
import org.fiscalextract.model.document.BlockKind;

/**
 * Puts the tables of a PDF into its text. The text gives a table as lines of numbers; on a page
 * where {@link PdfTables} found a table, the page is rebuilt from its positioned text instead: the
 * lines above, between and below the tables as text, each table as a grid. Pages without tables
 * keep their text.
 */
final class PdfTableMerger {

    private PdfTableMerger() {
    }

    /** {@code raw} with the pages of {@code tablePages} rebuilt around their tables. */
    static RawDocument withTables(RawDocument raw, List<PdfTables.Page> tablePagesFound) {
        Map<Integer, PdfTables.Page> tablePages = new TreeMap<>();
        tablePagesFound.forEach(p -> tablePages.put(p.number(), p));
        if (tablePages.isEmpty()) {
            return raw;
        }
        List<RawItem> items = new ArrayList<>();
        Set<Integer> rebuilt = new HashSet<>();
        Found[] lastTable = {null};
        int[] lastGrid = {-1};
        for (RawItem item : raw.items()) {
            if (!(item instanceof RawItem.Text text)) {
                items.add(item);
                lastTable[0] = null;
                continue;
            }
            for (RawItem.Text part : byPage(text)) {
                if (!tablePages.containsKey(part.page())) {
                    items.add(part);
                    lastTable[0] = part.text().isBlank() ? lastTable[0] : null;
                } else if (rebuilt.add(part.page())) {
                    rebuild(tablePages.get(part.page()), items, lastTable, lastGrid);
                }
            }
        }
        for (PdfTables.Page page : tablePages.values()) {
            if (rebuilt.add(page.number())) {
                rebuild(page, items, lastTable, lastGrid); // a page Tika found no text on
            }
        }
        return new RawDocument(items, raw.pageCount(), raw.metadata(), raw.warnings(), raw.truncated());
    }

    /** A text running over pages cut at its page breaks, one piece a page; whole when on one page. */
    private static List<RawItem.Text> byPage(RawItem.Text text) {
        if (text.pageBreaks().length == 0) {
            return List.of(text);
        }
        List<RawItem.Text> parts = new ArrayList<>();
        int from = 0;
        int page = text.page();
        for (int b : text.pageBreaks()) {
            parts.add(new RawItem.Text(text.kind(), text.text().substring(from, b), page, text.lineBreaks()));
            from = b;
            page++;
        }
        parts.add(new RawItem.Text(text.kind(), text.text().substring(from), page, text.lineBreaks()));
        return parts;
    }

    /**
     * The page as text above, between and below its tables, and the tables as grids. A first
     * table with no caption above it and the columns of the last table before it goes on with
     * that table (a table across a page break): {@link GridContinuation} joins them.
     */
    private static void rebuild(PdfTables.Page page, List<RawItem> items, Found[] lastTable, int[] lastGrid) {
        List<Glyph> outside = page.glyphs().stream()
                .filter(g -> page.tables().stream().noneMatch(t -> t.holds(g))).toList();
        double from = Double.NEGATIVE_INFINITY;
        for (Found found : page.tables()) {
            Found table = found;
            boolean goesOn = from == Double.NEGATIVE_INFINITY && lastTable[0] != null
                    && lastTable[0].sameWidth(table) && !captionAbove(outside, table);
            addText(items, outside, from, table.top(), page.number());
            if (goesOn && items.get(lastGrid[0]) instanceof RawItem.Grid grid) {
                // a part may lack a column line the other draws: both go onto the lines of both
                List<Double> columns = new ArrayList<>(lastTable[0].columns());
                columns.addAll(table.columns());
                columns = PdfTableGrid.boundaries(columns);
                List<List<RawCell>> joined = GridContinuation.join(
                        GridContinuation.regrid(grid.rows(), lastTable[0].columns(), columns),
                        GridContinuation.regrid(table.rows(), table.columns(), columns));
                List<Integer> rowPages = new ArrayList<>();
                for (int r = 0; r < joined.size(); r++) {
                    rowPages.add(r < grid.rows().size() ? grid.pageOf(r) : page.number());
                }
                items.set(lastGrid[0], new RawItem.Grid(joined, grid.page(), rowPages));
                table = new Found(table.top(), table.bottom(), table.left(), table.right(), columns, table.rows());
            } else {
                items.add(new RawItem.Grid(table.rows(), page.number()));
                lastGrid[0] = items.size() - 1;
            }
            lastTable[0] = table;
            from = table.bottom();
        }
        if (addText(items, outside, from, Double.POSITIVE_INFINITY, page.number())) {
            lastTable[0] = null; // text after the table: what follows on the next page is new
        }
    }

    /** Whether a line above the table on its page names a table (…表): a new table, not a continued one. */
    private static boolean captionAbove(List<Glyph> outside, Found table) {
        StringBuilder above = new StringBuilder();
        outside.stream().filter(g -> g.centerY() < table.top()).forEach(g -> above.append(g.text()));
        return above.toString().contains("表") || above.toString().contains("单位");
    }

    /** Adds the text between {@code top} and {@code bottom}; whether there was any. */
    private static boolean addText(List<RawItem> items, List<Glyph> glyphs, double top, double bottom, int page) {
        List<Glyph> band = glyphs.stream().filter(g -> g.centerY() > top && g.centerY() < bottom)
                .sorted(Comparator.comparingDouble(Glyph::centerY)).toList();
        if (band.isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        List<Glyph> previous = null;
        for (List<Glyph> line : PdfTableGrid.lines(band)) {
            if (previous != null && !sameParagraph(previous, line)) {
                items.add(new RawItem.Text(BlockKind.PARAGRAPH, text.toString(), page, LineBreaks.PARAGRAPHS));
                text.setLength(0);
            }
            double left = line.get(0).x();
            double right = line.get(line.size() - 1).x() + line.get(line.size() - 1).width();
            text.append(PdfTableGrid.text(line, left - 1, right + 1, line.get(0).top() - 1000, line.get(0).top() + 1000))
                    .append('\n');
            previous = line;
        }
        items.add(new RawItem.Text(BlockKind.PARAGRAPH, text.toString(), page, LineBreaks.PARAGRAPHS));
        return true;
    }

    /**
     * Whether a line goes on with the one above: the same size of type (a caption is larger than
     * the 编制部门 line under it) and no more than a line's height of space between them.
     */
    private static boolean sameParagraph(List<Glyph> above, List<Glyph> line) {
        double h1 = above.get(0).height();
        double h2 = line.get(0).height();
        double gap = line.get(0).top() - (above.get(0).top() + h1);
        return Math.abs(h1 - h2) <= 0.15 * Math.max(h1, h2) && gap <= Math.max(h1, h2);
    }
}
