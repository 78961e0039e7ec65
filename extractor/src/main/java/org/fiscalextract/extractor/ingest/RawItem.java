package org.fiscalextract.extractor.ingest;

import java.util.List;
import java.util.Objects;

import org.fiscalextract.extractor.normalize.LineBreaks;
import org.fiscalextract.model.document.BlockKind;

/** A piece of a document as the parser delivered it, before normalization. */
sealed interface RawItem permits RawItem.Text, RawItem.Grid {

    int page();

    /**
     * A heading, paragraph or list item; {@code lineBreaks} says how its line breaks are read.
     * Text that runs over pages starts on {@code page}; each of {@code pageBreaks} (offsets into
     * {@code text}, ascending) is where the next page begins.
     */
    record Text(BlockKind kind, String text, int page, LineBreaks lineBreaks, int[] pageBreaks) implements RawItem {
        public Text {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(text);
            Objects.requireNonNull(lineBreaks);
            pageBreaks = pageBreaks.clone();
            if (kind == BlockKind.TABLE_CELL) {
                throw new IllegalArgumentException("table cells belong in a Grid");
            }
        }

        public Text(BlockKind kind, String text, int page, LineBreaks lineBreaks) {
            this(kind, text, page, lineBreaks, new int[0]);
        }

        /** The page the text at {@code offset} stands on. */
        int pageAt(int offset) {
            int p = page;
            for (int b : pageBreaks) {
                if (b <= offset) {
                    p++;
                }
            }
            return p;
        }
    }

    /**
     * A table as rows of cells in document order; cells are placed on the grid as HTML places them.
     * {@code rowPages} gives the page of each row of a table that runs over pages (a PDF's), and is
     * empty when every row stands on {@code page}.
     */
    record Grid(List<List<RawCell>> rows, int page, List<Integer> rowPages) implements RawItem {
        public Grid {
            rows = rows.stream().map(List::copyOf).toList();
            rowPages = List.copyOf(rowPages);
            if (!rowPages.isEmpty() && rowPages.size() != rows.size()) {
                throw new IllegalArgumentException(rowPages.size() + " row pages for " + rows.size() + " rows");
            }
        }

        public Grid(List<List<RawCell>> rows, int page) {
            this(rows, page, List.of());
        }

        int pageOf(int row) {
            return rowPages.isEmpty() || row >= rowPages.size() ? page : rowPages.get(row);
        }
    }

    /**
     * One cell of a row. A {@code phantom} cell only occupies grid columns (Word's gridBefore) and
     * yields no block.
     */
    record RawCell(String text, int rowSpan, int colSpan, boolean phantom) {
        public RawCell {
            Objects.requireNonNull(text);
            if (rowSpan < 1 || colSpan < 1) {
                throw new IllegalArgumentException("spans count from 1");
            }
        }

        static RawCell of(String text) {
            return new RawCell(text, 1, 1, false);
        }
    }
}
