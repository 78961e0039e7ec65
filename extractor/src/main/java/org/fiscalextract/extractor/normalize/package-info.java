/**
 * Text normalization between the parser and the canonical text.
 *
 * <p>{@link org.fiscalextract.extractor.normalize.TextNormalizer} turns the raw text of one
 * block (paragraph, heading, table cell, chunk of PDF text) into one or more
 * {@link org.fiscalextract.extractor.normalize.NormalizedText} segments, each character of
 * which maps back to the stretch of raw text it came from. Word lists and patterns live in
 * data files next to these classes: {@code char-classes.tsv}, {@code halfwidth.tsv},
 * {@code word-residue.txt}, {@code paragraph-starts.txt}, {@code paragraph-breaks.tsv}.
 */
package org.fiscalextract.extractor.normalize;
