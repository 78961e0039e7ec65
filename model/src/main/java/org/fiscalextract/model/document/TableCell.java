package org.fiscalextract.model.document;

/**
 * A cell as the document shows it: it starts at {@code (row, col)} (counting from 0) and covers
 * {@code rowSpan × colSpan} grid positions; its text is the block at {@code block}.
 */
public record TableCell(int row, int col, int rowSpan, int colSpan, int block) {
    public TableCell {
        if (row < 0 || col < 0 || rowSpan < 1 || colSpan < 1 || block < 0) {
            throw new IllegalArgumentException("bad cell r" + row + " c" + col + " span " + rowSpan + "x" + colSpan);
        }
    }

    public boolean covers(int r, int c) {
        return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
    }
}
