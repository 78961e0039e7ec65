package org.fiscalextract.model.document;

/** The canonical-text range {@code [start, end)} that came from one page (counting from 1). */
public record PageSpan(int number, int start, int end) {
    public PageSpan {
        if (number < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad page span " + number + " [" + start + "," + end + ")");
        }
    }
}
