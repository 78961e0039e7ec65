package org.fiscalextract.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void labelsCountFromOneAsTheContractShows() {
        assertEquals("p12", new Location.Paragraph(0, 12).label());
        assertEquals("t2r3c4", new Location.Cell(0, 2, 2, 3).label());
        assertEquals("page3:p12", new Location.Paragraph(3, 12).label());
        assertEquals("page1:t1r1c1", new Location.Cell(1, 1, 0, 0).label());
    }

    @Test
    void rejectsPositionsThatCannotExist() {
        assertThrows(IllegalArgumentException.class, () -> new Location.Paragraph(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Location.Cell(0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Location.Cell(-1, 1, 0, 0));
    }
}
