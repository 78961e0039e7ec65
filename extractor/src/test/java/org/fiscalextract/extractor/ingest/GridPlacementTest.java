package org.fiscalextract.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.fiscalextract.extractor.ingest.RawItem.RawCell;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GridPlacementTest {

    /**
     * Rows are separated by {@code /}, cells by spaces; a cell is {@code text} or
     * {@code text:rowspan:colspan}. Expected lists each cell as {@code text@row,col}.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a b c / d e f                 | a@0,0 b@0,1 c@0,2 d@1,0 e@1,1 f@1,2 | 2 | 3",
            "a:2:1 b c / d e               | a@0,0 b@0,1 c@0,2 d@1,1 e@1,2       | 2 | 3",
            "a:1:3 / b c d                 | a@0,0 b@1,0 c@1,1 d@1,2             | 2 | 3",
            "a:3:1 b:1:2 / c d / e f       | a@0,0 b@0,1 c@1,1 d@1,2 e@2,1 f@2,2 | 3 | 3",
            "a b / c                       | a@0,0 b@0,1 c@1,0                   | 2 | 2",
            "a:5:1 b / c                   | a@0,0 b@0,1 c@1,1                   | 2 | 2",
            "a b:2:2 / c / d e f           | a@0,0 b@0,1 c@1,0 d@2,0 e@2,1 f@2,2 | 3 | 3",
    })
    void placesCellsLikeHtml(String table, String expected, int rows, int columns) {
        GridPlacement placement = GridPlacement.place(parse(table));
        String actual = placement.cells().stream()
                .map(p -> p.cell().text() + "@" + p.row() + "," + p.col())
                .collect(Collectors.joining(" "));
        assertEquals(expected, actual);
        assertEquals(rows, placement.rowCount());
        assertEquals(columns, placement.columnCount());
    }

    static List<List<RawCell>> parse(String table) {
        List<List<RawCell>> rows = new ArrayList<>();
        for (String row : table.trim().split("\\s*/\\s*")) {
            List<RawCell> cells = new ArrayList<>();
            for (String cell : row.trim().split("\\s+")) {
                String[] parts = cell.split(":");
                cells.add(parts.length == 1 ? RawCell.of(parts[0])
                        : new RawCell(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), false));
            }
            rows.add(cells);
        }
        return rows;
    }
}
