package org.fiscalextract.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.Table;
import org.fiscalextract.model.document.TableCell;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Seed 004's tables come out of every tabular rendition with the rows and columns they were built with. */
class TableShapeTest {

    @TestFactory
    Stream<DynamicTest> tablesHaveTheirRowsAndColumns() {
        List<String[]> rows = Corpus.tsv(Corpus.EXPECTED.resolve("tables-004.tsv"));
        assertFalse(rows.isEmpty());
        return rows.stream().map(row -> DynamicTest.dynamicTest(row[0] + " table " + row[1], () -> {
            ReadOutcome outcome = SharedReader.READER.read(Corpus.ROOT.resolve(row[0]), "test");
            ParsedDocument doc = outcome.document().orElseThrow(() -> new AssertionError(outcome.message()));
            int number = Integer.parseInt(row[1]) + 1; // the control file counts tables from 0
            assertTrue(doc.tables().size() >= number, () -> "only " + doc.tables().size() + " tables");
            Table table = doc.tables().get(number - 1);
            List<TableCell> filled = table.cells().stream().filter(c -> !doc.block(c.block()).text().isEmpty()).toList();
            assertAll(
                    () -> assertEquals(Integer.parseInt(row[2]), table.rowCount(), "rows"),
                    () -> assertEquals(Integer.parseInt(row[3]), table.columnCount(), "columns"),
                    () -> assertEquals(row[4], doc.block(filled.get(0).block()).text(), "first cell"),
                    () -> assertEquals(row[5], doc.block(filled.get(filled.size() - 1).block()).text(), "last cell"));
        }));
    }
}
