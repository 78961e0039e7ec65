package org.fiscalextract.extractor.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.fiscalextract.extractor.ingest.RawItem.RawCell;

/**
 * Places a table's cells on a grid the way browsers place HTML cells: each cell takes the next
 * column in its row not already covered by a row-spanning cell from above.
 */
final class GridPlacement {

    /** A cell with its grid position (0-based). */
    record Placed(RawCell cell, int row, int col, int rowSpan, int colSpan) {
    }

    private final List<Placed> placed;
    private final int rowCount;
    private final int columnCount;

    private GridPlacement(List<Placed> placed, int rowCount, int columnCount) {
        this.placed = placed;
        this.rowCount = rowCount;
        this.columnCount = columnCount;
    }

    static GridPlacement place(List<List<RawCell>> rows) {
        List<BitSet> occupied = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        int columns = 0;
        int rowCount = rows.size();
        for (int r = 0; r < rowCount; r++) {
            int col = 0;
            for (RawCell cell : rows.get(r)) {
                BitSet here = rowBits(occupied, r);
                while (here.get(col)) {
                    col++;
                }
                // a row span never reaches past the table's last row
                int rowSpan = Math.min(cell.rowSpan(), rowCount - r);
                for (int rr = r; rr < r + rowSpan; rr++) {
                    rowBits(occupied, rr).set(col, col + cell.colSpan());
                }
                placed.add(new Placed(cell, r, col, rowSpan, cell.colSpan()));
                col += cell.colSpan();
                columns = Math.max(columns, col);
            }
        }
        for (int r = 0; r < rowCount; r++) {
            columns = Math.max(columns, rowBits(occupied, r).length());
        }
        return new GridPlacement(List.copyOf(placed), rowCount, columns);
    }

    private static BitSet rowBits(List<BitSet> occupied, int row) {
        while (occupied.size() <= row) {
            occupied.add(new BitSet());
        }
        return occupied.get(row);
    }

    List<Placed> cells() {
        return placed;
    }

    int rowCount() {
        return rowCount;
    }

    int columnCount() {
        return columnCount;
    }
}
