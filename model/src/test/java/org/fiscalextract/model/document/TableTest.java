package org.fiscalextract.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableTest {
    // 总体绩效 spans rows 0-1 of column 0; 合计 spans columns 0-1 of row 2
    private final Table table = new Table(1, 0, 3, 3, List.of(
            new TableCell(0, 0, 2, 1, 0), new TableCell(0, 1, 1, 1, 1), new TableCell(0, 2, 1, 1, 2),
            new TableCell(1, 1, 1, 1, 3), new TableCell(1, 2, 1, 1, 4),
            new TableCell(2, 0, 1, 2, 5), new TableCell(2, 2, 1, 1, 6)));

    @Test
    void aMergedCellAnswersForEveryPositionItCovers() {
        assertEquals(0, table.cellAt(1, 0).orElseThrow().block());
        assertEquals(5, table.cellAt(2, 1).orElseThrow().block());
        assertEquals(4, table.cellAt(1, 2).orElseThrow().block());
    }

    @Test
    void rowsListTheCellsThatStartInThem() {
        assertEquals(List.of(3, 4), table.row(1).stream().map(TableCell::block).toList());
    }

    @Test
    void positionsOutsideTheTableHaveNoCell() {
        assertTrue(table.cellAt(3, 0).isEmpty());
    }

    @Test
    void cellsMayNotReachPastTheTable() {
        assertThrows(IllegalArgumentException.class,
                () -> new Table(1, 0, 1, 1, List.of(new TableCell(0, 0, 1, 2, 0))));
    }
}
