package org.fiscalextract.model.document;

/**
 * Where a block stands in its document, in the words of the output contract:
 * {@code p12} (twelfth paragraph), {@code t2r3c4} (second table, third row, fourth column),
 * prefixed by {@code page3:} when the document has pages. All numbers in labels count from 1.
 */
public sealed interface Location permits Location.Paragraph, Location.Cell {

    /** Page number counting from 1, or 0 when the format has no pages. */
    int page();

    /** The contract's short label, e.g. {@code p12}, {@code t2r3c4}, {@code page3:p12}. */
    String label();

    /** The {@code n}-th paragraph-like block (heading, paragraph or list item), counting from 1. */
    record Paragraph(int page, int paragraph) implements Location {
        public Paragraph {
            if (paragraph < 1 || page < 0) {
                throw new IllegalArgumentException("paragraph counts from 1, page from 0: " + paragraph + "/" + page);
            }
        }

        @Override
        public String label() {
            return pagePrefix(page) + "p" + paragraph;
        }
    }

    /** A table cell; table, row and column count from 1 in the label, rows and columns from 0 in the fields. */
    record Cell(int page, int table, int row, int col) implements Location {
        public Cell {
            if (table < 1 || row < 0 || col < 0 || page < 0) {
                throw new IllegalArgumentException("bad cell location t" + table + " r" + row + " c" + col);
            }
        }

        @Override
        public String label() {
            return pagePrefix(page) + "t" + table + "r" + (row + 1) + "c" + (col + 1);
        }
    }

    private static String pagePrefix(int page) {
        return page > 0 ? "page" + page + ":" : "";
    }
}
