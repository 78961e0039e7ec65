package org.fiscalextract.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;

import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.Table;
import org.fiscalextract.model.document.TableCell;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every merged cell of seed 004's tables, as built into the corpus (expected/spans-004.tsv),
 * comes out of each tabular format with its row and column spans and its text (spaces aside).
 */
class MergedCellTest {
    private static final List<String> RENDITIONS = List.of("docx", "doc", "html", "xlsx", "xls");

    @TestFactory
    Stream<DynamicTest> mergedCellsKeepTheirSpans() {
        List<String[]> spans = Corpus.tsv(Corpus.EXPECTED.resolve("spans-004.tsv"));
        assertFalse(spans.isEmpty());
        return RENDITIONS.stream().map(ext -> DynamicTest.dynamicTest("004." + ext, () -> {
            ReadOutcome outcome = SharedReader.READER.read(
                    Corpus.REPORTS.resolve("004_8a99ebaca312e0ad." + ext), "test");
            ParsedDocument doc = outcome.document().orElseThrow(() -> new AssertionError(outcome.message()));
            assertAll(spans.stream().map(span -> () -> {
                Table table = doc.tables().get(Integer.parseInt(span[0]));
                int row = Integer.parseInt(span[1]);
                int col = Integer.parseInt(span[2]);
                String where = "table " + span[0] + " r" + row + " c" + col;
                TableCell cell = table.cellAt(row, col).orElseThrow(() -> new AssertionError("no cell at " + where));
                // the control file keeps the seed's stray spaces, which normalization drops between Chinese
                assertEquals(List.of(row, col, Integer.parseInt(span[3]), Integer.parseInt(span[4]),
                                TextSimilarity.withoutWhitespace(span[5])),
                        List.of(cell.row(), cell.col(), cell.rowSpan(), cell.colSpan(),
                                TextSimilarity.withoutWhitespace(doc.block(cell.block()).text())),
                        where);
            }));
        }));
    }
}
