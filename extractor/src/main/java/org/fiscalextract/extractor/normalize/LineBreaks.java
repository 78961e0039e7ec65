package org.fiscalextract.extractor.normalize;

/** What the line breaks in a block's raw text mean. */
public enum LineBreaks {
    /**
     * Every break is a wrap (table cells, Word/HTML paragraphs with soft breaks): lines are
     * joined and the result is always exactly one segment, possibly empty.
     */
    JOIN,
    /**
     * PDF text, with a hard break at every visual line: wrapped lines are joined, and a new
     * segment starts after a blank line, or where a line ends a sentence and the next line
     * starts like a new paragraph (indented, or with an enumerator such as 一、 （一） 1. ①).
     */
    PARAGRAPHS,
    /** Plain text files: every non-blank line is a segment of its own. */
    EACH_LINE
}
