package org.fiscalextract.extractor.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.fiscalextract.extractor.ingest.RawItem.RawCell;

/**
 * Joins a table with its continuation on the next page, as a word processor prints it: the
 * header repeated at the top of the page is dropped; a row broken over the page break (its
 * figures all above, only text running on below) is made whole again; a cell merged down over
 * the break (总体绩效 beside many rows) goes on as one cell. Both tables are on the same column
 * lines ({@link #regrid} puts them there).
 */
final class GridContinuation {
    /** A short figure a cell holds whole: a number, a dash; such a cell is never broken over a page. */
    private static final Pattern FIGURE = Pattern.compile("[-—/≥≤=<>\\d.,%％\\s]+");

    /** A cell where it stands on the grid. */
    private static final class Placed {
        RawCell cell;
        final int row;
        final int col;

        Placed(RawCell cell, int row, int col) {
            this.cell = cell;
            this.row = row;
            this.col = col;
        }
    }

    private GridContinuation() {
    }

    static List<List<RawCell>> join(List<List<RawCell>> first, List<List<RawCell>> next) {
        List<List<RawCell>> rest = withoutRepeatedHeader(first, next);
        if (rest.isEmpty()) {
            return first;
        }
        List<List<Placed>> above = place(first);
        List<List<Placed>> below = place(rest);
        Map<Integer, Placed> coverAbove = coverage(above, first.size() - 1);
        int last = first.size() - 1;
        boolean broken = brokenRow(coverAbove, below.get(0), last);
        List<Placed> keptFirstRow = new ArrayList<>();
        for (Placed b : below.get(0)) {
            Placed a = coverAbove.get(b.col);
            boolean reachesBreak = a != null && a.row + a.cell.rowSpan() - 1 == last && a.col == b.col
                    && a.cell.colSpan() == b.cell.colSpan();
            if (reachesBreak && broken) {
                a.cell = new RawCell(joined(a.cell.text(), b.cell.text()), a.cell.rowSpan() + b.cell.rowSpan() - 1,
                        a.cell.colSpan(), a.cell.phantom());
            } else if (reachesBreak && b.cell.text().isBlank() && (a.row < last || leadingBlank(below.get(0), b))
                    && !FIGURE.matcher(a.cell.text()).matches()) {
                a.cell = new RawCell(a.cell.text(), a.cell.rowSpan() + b.cell.rowSpan(), a.cell.colSpan(),
                        a.cell.phantom());
            } else {
                keptFirstRow.add(b);
            }
        }
        List<List<RawCell>> rows = new ArrayList<>();
        for (List<Placed> row : above) {
            rows.add(row.stream().map(p -> p.cell).toList());
        }
        if (!keptFirstRow.isEmpty() || !broken) {
            rows.add(keptFirstRow.stream().map(p -> p.cell).toList());
        }
        for (List<Placed> row : below.subList(1, below.size())) {
            rows.add(row.stream().map(p -> p.cell).toList());
        }
        return rows;
    }

    /**
     * Whether {@code b} and every cell left of it in its row are blank: the row's headings are
     * merged down from above (资产管理（9分） beside 人均资产变化率 above the break and 资产利用率 below
     * it). A blank after a filled cell (204 | 06 | blank 项) is a blank of its own.
     */
    private static boolean leadingBlank(List<Placed> row, Placed b) {
        return row.stream().filter(p -> p.col <= b.col).allMatch(p -> p.cell.text().isBlank());
    }

    /**
     * Whether the first row below is the rest of the last row above: every cell of that row
     * holding a figure is empty below, and something below holds text.
     */
    private static boolean brokenRow(Map<Integer, Placed> coverAbove, List<Placed> firstBelow, int last) {
        boolean figureAbove = false;
        boolean textBelow = false;
        for (Placed b : firstBelow) {
            Placed a = coverAbove.get(b.col);
            if (a != null && a.row == last && !a.cell.text().isBlank() && FIGURE.matcher(a.cell.text()).matches()) {
                figureAbove = true;
                if (!b.cell.text().isBlank()) {
                    return false;
                }
            }
            textBelow |= !b.cell.text().isBlank();
        }
        return figureAbove && textBelow;
    }

    /**
     * A grid drawn on column lines {@code own} put onto the finer lines {@code all} (which hold
     * every one of {@code own}): each cell spans the columns between its own lines.
     */
    static List<List<RawCell>> regrid(List<List<RawCell>> rows, List<Double> own, List<Double> all) {
        int[] at = new int[own.size()];
        for (int i = 0; i < own.size(); i++) {
            at[i] = nearest(all, own.get(i));
        }
        List<List<RawCell>> out = new ArrayList<>();
        for (List<Placed> row : place(rows)) {
            List<RawCell> cells = new ArrayList<>();
            for (Placed p : row) {
                int from = at[Math.min(p.col, at.length - 1)];
                int to = at[Math.min(p.col + p.cell.colSpan(), at.length - 1)];
                cells.add(new RawCell(p.cell.text(), p.cell.rowSpan(), Math.max(1, to - from), p.cell.phantom()));
            }
            out.add(cells);
        }
        return out;
    }

    private static int nearest(List<Double> lines, double x) {
        int best = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (Math.abs(lines.get(i) - x) < Math.abs(lines.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }

    private static List<List<RawCell>> withoutRepeatedHeader(List<List<RawCell>> first, List<List<RawCell>> next) {
        int same = 0;
        while (same < next.size() && same < first.size() && texts(first.get(same)).equals(texts(next.get(same)))) {
            same++;
        }
        return next.subList(same, next.size());
    }

    private static List<String> texts(List<RawCell> row) {
        return row.stream().map(RawCell::text).toList();
    }

    /** Cells placed as HTML places them: each in the first column its row leaves free. */
    private static List<List<Placed>> place(List<List<RawCell>> rows) {
        Map<Long, Boolean> taken = new HashMap<>();
        List<List<Placed>> placed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Placed> row = new ArrayList<>();
            int c = 0;
            for (RawCell cell : rows.get(r)) {
                while (taken.containsKey(key(r, c))) {
                    c++;
                }
                row.add(new Placed(cell, r, c));
                for (int i = r; i < r + cell.rowSpan(); i++) {
                    for (int j = c; j < c + cell.colSpan(); j++) {
                        taken.put(key(i, j), true);
                    }
                }
                c += cell.colSpan();
            }
            placed.add(row);
        }
        return placed;
    }

    /** For each column, the cell that covers it in row {@code row}. */
    private static Map<Integer, Placed> coverage(List<List<Placed>> placed, int row) {
        Map<Integer, Placed> cover = new HashMap<>();
        for (List<Placed> r : placed) {
            for (Placed p : r) {
                if (p.row <= row && row < p.row + p.cell.rowSpan()) {
                    for (int j = p.col; j < p.col + p.cell.colSpan(); j++) {
                        cover.put(j, p);
                    }
                }
            }
        }
        return cover;
    }

    /** Text broken over a page, joined as {@link PdfTableGrid} joins a cell's lines. */
    private static String joined(String above, String below) {
        if (above.isBlank() || below.isBlank()) {
            return (above + below).strip();
        }
        char last = above.charAt(above.length() - 1);
        boolean han = Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN || "，。、；：（）".indexOf(last) >= 0;
        return above + (han ? "" : " ") + below;
    }

    private static long key(int row, int col) {
        return ((long) row << 32) | col;
    }
}
