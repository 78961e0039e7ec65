package org.fiscalextract.model.document;

import java.util.List;
import java.util.Optional;

/**
 * A table as rows × columns. Each cell appears once, at its top-left grid position, with its
 * spans; {@link #cellAt} answers for any grid position, so a merged cell reads the same from
 * every position it covers, as the document shows it.
 */
public record Table(int number, int page, int rowCount, int columnCount, List<TableCell> cells) {
    public Table {
        cells = List.copyOf(cells);
        if (number < 1 || rowCount < 0 || columnCount < 0) {
            throw new IllegalArgumentException("bad table " + number + ": " + rowCount + "x" + columnCount);
        }
        for (TableCell cell : cells) {
            if (cell.row() + cell.rowSpan() > rowCount || cell.col() + cell.colSpan() > columnCount) {
                throw new IllegalArgumentException("cell r" + cell.row() + " c" + cell.col()
                        + " lies outside table " + number + " of " + rowCount + "x" + columnCount);
            }
        }
    }

    /** The cell covering grid position {@code (row, col)}, if any cell does. */
    public Optional<TableCell> cellAt(int row, int col) {
        for (TableCell cell : cells) {
            if (cell.covers(row, col)) {
                return Optional.of(cell);
            }
        }
        return Optional.empty();
    }

    /** The cells that start in the given row, left to right. */
    public List<TableCell> row(int row) {
        return cells.stream().filter(c -> c.row() == row).toList();
    }
}
