/**
 * Document facts: what a report says about itself, for the document columns of
 * {@code documents.csv} ({@code region, region_code, province, prefecture, department,
 * fiscal_year, doc_kind}) and their provenance in the JSON output.
 *
 * <p>{@link org.fiscalextract.extractor.docfacts.DocumentFactsFinder} is the entry point. It reads
 * a bounded part of each document ({@link org.fiscalextract.extractor.docfacts.DocumentLayout}):
 * title lines, the metadata title, the file name and folders, the first lines, heading-like lines,
 * form fields and a signature, and at most the first 100,000 characters of body.
 *
 * <p>Data files (in {@code src/main/resources/org/fiscalextract/extractor/docfacts/}):
 * <ul>
 *   <li>{@code divisions/}: the GB/T 2260 province, prefecture and county lists, with their
 *       upstream licence note;</li>
 *   <li>{@code division-affixes.tsv}, {@code ethnic-groups.txt}: how names are shortened and chained;</li>
 *   <li>{@code region-cues.tsv}: words that make a place name incidental (comparisons);</li>
 *   <li>{@code department-suffixes.tsv}, {@code department-rules.tsv}: endings of bodies' names,
 *       self-references, form labels, the body that writes a kind of report;</li>
 *   <li>{@code year-rules.tsv}: plan words, range marks, Chinese digits;</li>
 *   <li>{@code doc-kinds.tsv}, {@code doc-kind-patterns.tsv}: the controlled list of kinds and how
 *       each is recognised.</li>
 * </ul>
 * Every rule has a name ({@code region.title.qualified}, {@code department.form},
 * {@code year.most_stated}, {@code kind.heading} …) kept with the evidence it read.
 */
package org.fiscalextract.extractor.docfacts;
