package org.fiscalextract.extractor.ingest;

import java.util.ArrayList;
import java.util.List;

import org.fiscalextract.extractor.ingest.RawItem.RawCell;
import org.fiscalextract.extractor.normalize.LineBreaks;
import org.fiscalextract.model.document.BlockKind;

/**
 * Finds the tables in text that was extracted from Word the way Tika writes it: each cell on a
 * line of its own starting with a tab (its text may go on over following lines), rows separated
 * by a blank line; a table's first line starts with a space, and two blank lines end it. Such
 * text is common in corpora converted to .txt. Merged cells cannot be told from this layout,
 * so every cell spans one column.
 */
final class TextTableSplitter {
    private TextTableSplitter() {
    }

    static List<RawItem> split(String text) {
        List<RawItem> items = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        StringBuilder prose = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            if (startsCell(lines[i])) {
                flushProse(prose, items);
                i = readTable(lines, i, items);
            } else {
                prose.append(lines[i]);
                if (i < lines.length - 1) {
                    prose.append('\n');
                }
                i++;
            }
        }
        flushProse(prose, items);
        return items;
    }

    /** Reads the table starting at line {@code from}; returns the first line after it. */
    private static int readTable(String[] lines, int from, List<RawItem> items) {
        List<List<RawCell>> rows = new ArrayList<>();
        List<RawCell> row = new ArrayList<>();
        StringBuilder cell = null;
        int i = from;
        boolean blankBefore = false;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() && !startsCell(line)) {
                if (blankBefore) {
                    i++;
                    break; // two blank lines: the table is over
                }
                endCell(cell, row);
                cell = null;
                endRow(row, rows);
                row = new ArrayList<>();
                blankBefore = true;
                continue;
            }
            if (i > from && line.startsWith(" \t")) {
                break; // Tika starts each table's first line with a space
            }
            if (startsCell(line)) {
                endCell(cell, row);
                cell = new StringBuilder(line.substring(line.indexOf('\t') + 1));
            } else if (blankBefore || cell == null || line.startsWith(" ")) {
                break; // a paragraph after the table (Tika starts one after a table with a space)
            } else {
                cell.append('\n').append(line);
            }
            blankBefore = false;
        }
        endCell(cell, row);
        endRow(row, rows);
        if (!rows.isEmpty()) {
            items.add(new RawItem.Grid(rows, 0));
        }
        return i;
    }

    /** A cell line: a tab, possibly after a few spaces (" \t部门整体支出绩效自评表"). */
    private static boolean startsCell(String line) {
        int tab = line.indexOf('\t');
        return tab >= 0 && tab <= 2 && line.substring(0, tab).isBlank();
    }

    private static void endCell(StringBuilder cell, List<RawCell> row) {
        if (cell != null) {
            row.add(RawCell.of(cell.toString()));
        }
    }

    private static void endRow(List<RawCell> row, List<List<RawCell>> rows) {
        if (row.stream().anyMatch(c -> !c.text().isBlank())) {
            rows.add(row);
        }
    }

    private static void flushProse(StringBuilder prose, List<RawItem> items) {
        if (!prose.toString().isBlank()) {
            items.add(new RawItem.Text(BlockKind.PARAGRAPH, prose.toString(), 0, LineBreaks.EACH_LINE));
        }
        prose.setLength(0);
    }
}
