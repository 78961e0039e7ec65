package org.fiscalextract.extractor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableIterator;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.fiscalextract.extractor.ingest.WordTableLayout.Cell;
import org.fiscalextract.extractor.ingest.WordTableLayout.Row;
import org.fiscalextract.extractor.ingest.WordTableLayout.VerticalMerge;

/**
 * Reads the layout of every top-level table in a Word 97-2003 (.doc) file. The format has no
 * grid: each cell states its left edge and width, so the grid columns are the distinct edges of
 * all cells, and a cell spans the columns between its edges.
 */
final class DocLayoutReader {
    /** Edges closer than this (in twips, 1/20 pt) are one edge; writers round widths differently per row. */
    private static final int EDGE_TOLERANCE = 30;

    private DocLayoutReader() {
    }

    static List<WordTableLayout> read(Path doc) throws IOException {
        try (InputStream in = Files.newInputStream(doc)) {
            HWPFDocument document = new HWPFDocument(in);
            Range range = document.getRange();
            List<WordTableLayout> tables = new ArrayList<>();
            TableIterator it = new TableIterator(range);
            while (it.hasNext()) {
                tables.add(layout(it.next()));
            }
            return tables;
        }
    }

    private static WordTableLayout layout(Table table) {
        List<Integer> edges = edges(table);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<Cell> cells = new ArrayList<>();
            int gridBefore = 0;
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int from = column(edges, cell.getLeftEdge());
                int to = column(edges, cell.getLeftEdge() + cell.getWidth());
                if (c == 0) {
                    gridBefore = from;
                }
                VerticalMerge merge = !cell.isVerticallyMerged() ? VerticalMerge.NONE
                        : cell.isFirstVerticallyMerged() ? VerticalMerge.RESTART : VerticalMerge.CONTINUE;
                cells.add(new Cell(Math.max(1, to - from), merge));
            }
            rows.add(new Row(gridBefore, cells));
        }
        return new WordTableLayout(rows);
    }

    private static List<Integer> edges(Table table) {
        TreeSet<Integer> raw = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                raw.add(cell.getLeftEdge());
                raw.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> merged = new ArrayList<>();
        for (int edge : raw) {
            if (merged.isEmpty() || edge - merged.get(merged.size() - 1) > EDGE_TOLERANCE) {
                merged.add(edge);
            }
        }
        return merged;
    }

    /** Index of the grid edge nearest to {@code x}. */
    private static int column(List<Integer> edges, int x) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - x) < Math.abs(edges.get(best) - x)) {
                best = i;
            }
        }
        return best;
    }
}
