package org.fiscalextract.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.document.PageSpan;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.Table;
import org.fiscalextract.model.document.TableCell;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** For every block of every corpus file, the canonical text holds the block's text at its offsets. */
class BlockOffsetsTest {

    @TestFactory
    Stream<DynamicTest> everyBlockOfEveryCorpusFile() {
        return Stream.concat(Corpus.files(Corpus.REPORTS).stream(), Corpus.files(Corpus.BAD).stream())
                .map(file -> DynamicTest.dynamicTest(Corpus.ROOT.relativize(file).toString(), () -> check(file)));
    }

    private static void check(Path file) {
        ReadOutcome outcome = SharedReader.READER.read(file, "test");
        if (outcome.document().isEmpty()) {
            return; // bad inputs without text are covered by BadInputTest
        }
        ParsedDocument doc = outcome.document().get();
        String text = doc.text();
        int previousEnd = 0;
        for (Block block : doc.blocks()) {
            assertEquals(block.text(), text.substring(block.start(), block.end()), () -> "block " + block);
            assertTrue(block.start() >= previousEnd, () -> "blocks overlap or go back at " + block);
            assertFalse(block.text().contains("\n"), () -> "a block holds one line: " + block);
            // each block is followed by its separator: tab between cells, newline at the end of a line
            char after = text.charAt(block.end());
            assertTrue(after == '\n' || after == '\t' && block.kind() == BlockKind.TABLE_CELL,
                    () -> "separator after " + block);
            previousEnd = block.end();
        }
        for (Table table : doc.tables()) {
            for (TableCell cell : table.cells()) {
                Block block = doc.block(cell.block());
                Location.Cell at = (Location.Cell) block.location();
                assertEquals(table.number(), at.table());
                assertEquals(cell.row(), at.row());
                assertEquals(cell.col(), at.col());
            }
        }
        for (PageSpan page : doc.pages()) {
            for (Block block : doc.blocks()) {
                if (block.page() == page.number()) {
                    assertTrue(block.start() >= page.start() && block.end() <= page.end(),
                            () -> block + " outside its page " + page);
                }
            }
        }
        assertEquals(text.length(), doc.sourceMap().length());
    }
}
