package org.fiscalextract.model.document;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BlockTest {

    @Test
    void offsetsMustFitTheText() {
        assertThrows(IllegalArgumentException.class,
                () -> new Block(0, BlockKind.PARAGRAPH, 0, 3, "预算", new Location.Paragraph(0, 1)));
    }

    @Test
    void cellsStandInTablesAndParagraphsDoNot() {
        assertThrows(IllegalArgumentException.class,
                () -> new Block(0, BlockKind.TABLE_CELL, 0, 2, "预算", new Location.Paragraph(0, 1)));
        assertThrows(IllegalArgumentException.class,
                () -> new Block(0, BlockKind.PARAGRAPH, 0, 2, "预算", new Location.Cell(0, 1, 0, 0)));
    }
}
