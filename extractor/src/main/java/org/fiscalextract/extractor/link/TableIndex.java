package org.fiscalextract.extractor.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fiscalextract.extractor.link.TableHeaders.Role;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.Table;
import org.fiscalextract.model.document.TableCell;

/**
 * One table's cells by grid position and by row, and the answers every cell of it asks again
 * (which column plays a role, which project the table names), worked out once per table:
 * asked of {@link Table} cell by cell they made reading a table of n cells cost n² and more.
 */
final class TableIndex {
    private final ParsedDocument doc;
    private final Table table;
    private final TableHeaders headers;
    private final TableCell[] grid;
    private final List<List<TableCell>> rows = new ArrayList<>();
    private final Map<Long, Boolean> plays = new HashMap<>();
    /** The 项目名称 cells in cell order, each with the project named right of it (never empty). */
    private final List<Map.Entry<Integer, String>> projectNames = new ArrayList<>();

    TableIndex(ParsedDocument doc, Table table, TableHeaders headers) {
        this.doc = doc;
        this.table = table;
        this.headers = headers;
        this.grid = new TableCell[table.rowCount() * table.columnCount()];
        for (int r = 0; r < table.rowCount(); r++) {
            rows.add(new ArrayList<>());
        }
        for (TableCell cell : table.cells()) {
            rows.get(cell.row()).add(cell);
            for (int r = cell.row(); r < cell.row() + cell.rowSpan(); r++) {
                for (int c = cell.col(); c < cell.col() + cell.colSpan(); c++) {
                    if (grid[r * table.columnCount() + c] == null) { // the first cell covering it, as Table.cellAt
                        grid[r * table.columnCount() + c] = cell;
                    }
                }
            }
        }
        for (TableCell cell : table.cells()) {
            if (text(cell).strip().equals("项目名称")) {
                String name = at(cell.row(), cell.col() + cell.colSpan()).map(this::text).orElse("").strip();
                if (!name.isEmpty()) {
                    projectNames.add(Map.entry(cell.row(), name));
                }
            }
        }
    }

    Table table() {
        return table;
    }

    TableHeaders headers() {
        return headers;
    }

    String text(TableCell cell) {
        return doc.block(cell.block()).text();
    }

    /** The cell covering a grid position, as {@link Table#cellAt}. */
    Optional<TableCell> at(int row, int col) {
        if (row < 0 || col < 0 || row >= table.rowCount() || col >= table.columnCount()) {
            return Optional.empty();
        }
        return Optional.ofNullable(grid[row * table.columnCount() + col]);
    }

    /** The cells that start in a row, left to right, as {@link Table#row}. */
    List<TableCell> row(int row) {
        return row >= 0 && row < rows.size() ? rows.get(row) : List.of();
    }

    /** Whether a cell above {@code (row, col)} in its column names the column as {@code role} (三级指标, 度量单位). */
    boolean columnPlays(int row, int col, Role role) {
        if (row <= 0) {
            return false;
        }
        Boolean known = plays.get(playsKey(row, col, role));
        if (known != null) {
            return known;
        }
        // every cell covering a row above starts above: so a row's answer is the row above's,
        // or that row's own cell; worked down from the nearest row known, each cell read once
        int from = row - 1;
        while (from > 0 && !plays.containsKey(playsKey(from, col, role))) {
            from--;
        }
        boolean result = from > 0 && plays.get(playsKey(from, col, role));
        for (int r = from; r < row; r++) {
            if (!result) {
                Optional<TableCell> cell = at(r, col);
                result = cell.isPresent() && headers.plays(text(cell.get()).strip(), role);
            }
            plays.put(playsKey(r + 1, col, role), result);
        }
        return result;
    }

    private long playsKey(int row, int col, Role role) {
        return ((long) row * table.columnCount() + col) * Role.values().length + role.ordinal();
    }

    /** The project a table names for a row: right of the first 项目名称 cell at or above it. */
    String subject(int row) {
        for (Map.Entry<Integer, String> name : projectNames) {
            if (name.getKey() <= row) {
                return name.getValue();
            }
        }
        return "";
    }
}
