package org.fiscalextract.extractor.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fiscalextract.extractor.ingest.RawItem.RawCell;
import org.fiscalextract.extractor.ingest.WordTableLayout.VerticalMerge;

/**
 * Applies Word table layouts to the tables Tika delivered: horizontal spans become column spans,
 * vertically merged cells become one cell spanning rows (Tika emits the covered cells empty),
 * and skipped leading grid columns become phantom cells.
 */
final class WordSpans {
    private WordSpans() {
    }

    /**
     * @return the items with spans applied; a table whose layout does not match what Tika
     *         delivered (cell counts differ) is kept one cell per column, with a warning
     */
    static List<RawItem> apply(List<RawItem> items, List<WordTableLayout> layouts, List<String> warnings) {
        List<RawItem> out = new ArrayList<>(items.size());
        int table = 0;
        for (RawItem item : items) {
            if (item instanceof RawItem.Grid grid) {
                WordTableLayout layout = table < layouts.size() ? layouts.get(table) : null;
                table++;
                if (layout != null && matches(grid, layout)) {
                    out.add(applyOne(grid, layout));
                } else {
                    warnings.add("table " + table + ": merged cells could not be read; each cell is placed in its own column");
                    out.add(item);
                }
            } else {
                out.add(item);
            }
        }
        return out;
    }

    private static boolean matches(RawItem.Grid grid, WordTableLayout layout) {
        List<WordTableLayout.Row> rows = layout.rows().stream().filter(r -> !r.cells().isEmpty()).toList();
        if (rows.size() != grid.rows().size()) {
            return false;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).cells().size() != grid.rows().get(r).size()) {
                return false;
            }
        }
        return true;
    }

    private static RawItem.Grid applyOne(RawItem.Grid grid, WordTableLayout layout) {
        List<WordTableLayout.Row> rows = layout.rows().stream().filter(r -> !r.cells().isEmpty()).toList();
        // first pass: grid column of every cell, and how far each vertical merge reaches
        Map<Integer, int[]> openMerge = new HashMap<>(); // column -> {row, index} of the restart cell
        int[][] rowSpan = new int[rows.size()][];
        boolean[][] covered = new boolean[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            WordTableLayout.Row row = rows.get(r);
            rowSpan[r] = new int[row.cells().size()];
            covered[r] = new boolean[row.cells().size()];
            int col = row.gridBefore();
            for (int i = 0; i < row.cells().size(); i++) {
                WordTableLayout.Cell cell = row.cells().get(i);
                rowSpan[r][i] = 1;
                int[] open = openMerge.get(col);
                if (cell.verticalMerge() == VerticalMerge.CONTINUE && open != null
                        && grid.rows().get(r).get(i).text().isBlank()) {
                    rowSpan[open[0]][open[1]]++;
                    covered[r][i] = true;
                } else if (cell.verticalMerge() == VerticalMerge.RESTART
                        || cell.verticalMerge() == VerticalMerge.CONTINUE) {
                    openMerge.put(col, new int[] {r, i});
                } else {
                    openMerge.remove(col);
                }
                col += cell.gridSpan();
            }
        }
        List<List<RawCell>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            WordTableLayout.Row row = rows.get(r);
            List<RawCell> cells = new ArrayList<>();
            if (row.gridBefore() > 0) {
                cells.add(new RawCell("", 1, row.gridBefore(), true));
            }
            for (int i = 0; i < row.cells().size(); i++) {
                if (!covered[r][i]) {
                    RawCell raw = grid.rows().get(r).get(i);
                    cells.add(new RawCell(raw.text(), rowSpan[r][i], row.cells().get(i).gridSpan(), false));
                }
            }
            out.add(cells);
        }
        return new RawItem.Grid(out, grid.page());
    }
}
