package org.fiscalextract.extractor.ingest;

import java.util.List;

/**
 * How a Word table's cells lie on its grid, read from the file itself because Tika's XHTML
 * carries no spans: per row, the grid columns skipped before the first cell, and per cell its
 * horizontal span and vertical-merge state.
 */
record WordTableLayout(List<Row> rows) {

    enum VerticalMerge { NONE, RESTART, CONTINUE }

    record Row(int gridBefore, List<Cell> cells) {
        Row {
            cells = List.copyOf(cells);
        }
    }

    record Cell(int gridSpan, VerticalMerge verticalMerge) {
    }

    WordTableLayout {
        rows = List.copyOf(rows);
    }
}
