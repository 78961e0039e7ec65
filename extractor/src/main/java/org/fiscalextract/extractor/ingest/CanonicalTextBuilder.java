package org.fiscalextract.extractor.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fiscalextract.extractor.ingest.GridPlacement.Placed;
import org.fiscalextract.extractor.normalize.LineBreaks;
import org.fiscalextract.extractor.normalize.NormalizedText;
import org.fiscalextract.extractor.normalize.TextNormalizer;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.document.DocumentMetadata;
import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.document.PageSpan;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.SourceFormat;
import org.fiscalextract.model.document.SourceMap;
import org.fiscalextract.model.document.Table;
import org.fiscalextract.model.document.TableCell;

/**
 * Turns a parser's raw items into one canonical text: each paragraph-like block on its own line,
 * each table row on its own line with cells separated by tabs. Keeps, for every canonical
 * character, where in the raw text it came from.
 */
final class CanonicalTextBuilder {
    private final TextNormalizer normalizer;

    private final StringBuilder source = new StringBuilder();
    private final StringBuilder text = new StringBuilder();
    private int[] sourceStart = new int[1024];
    private int[] sourceEnd = new int[1024];
    private final List<Block> blocks = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private int paragraphs;

    CanonicalTextBuilder(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    ParsedDocument build(String docId, SourceFormat format, DocumentMetadata metadata, List<RawItem> items,
                         int pageCount, List<String> warnings) {
        for (RawItem item : items) {
            if (item instanceof RawItem.Text t) {
                addText(t);
            } else if (item instanceof RawItem.Grid g) {
                addGrid(g);
            }
        }
        int[] pageFirst = new int[pageCount + 1];
        int[] pageLast = new int[pageCount + 1];
        Arrays.fill(pageFirst, -1);
        for (Block block : blocks) {
            int page = block.page();
            if (page >= 1 && page <= pageCount) {
                if (pageFirst[page] < 0) {
                    pageFirst[page] = block.start();
                }
                pageLast[page] = block.end() + 1; // with its line end or cell separator
            }
        }
        SourceMap map = new SourceMap(source.toString(), Arrays.copyOf(sourceStart, text.length()),
                Arrays.copyOf(sourceEnd, text.length()));
        return new ParsedDocument(docId, format, metadata, text.toString(), blocks, tables,
                pageSpans(pageFirst, pageLast, pageCount), map, warnings);
    }

    private static List<PageSpan> pageSpans(int[] first, int[] last, int pageCount) {
        List<PageSpan> spans = new ArrayList<>();
        int position = 0;
        for (int page = 1; page <= pageCount; page++) {
            if (first[page] >= 0) {
                spans.add(new PageSpan(page, first[page], last[page]));
                position = last[page];
            } else {
                spans.add(new PageSpan(page, position, position)); // a page without text
            }
        }
        return spans;
    }

    private void addText(RawItem.Text item) {
        int rawStart = source.length();
        source.append(item.text()).append('\n');
        for (NormalizedText segment : normalizer.normalize(item.text(), item.lineBreaks())) {
            if (segment.text().isEmpty()) {
                continue;
            }
            paragraphs++;
            int start = text.length();
            appendMapped(segment, rawStart);
            int page = item.pageAt(segment.sourceStart(0));
            blocks.add(new Block(blocks.size(), item.kind(), start, text.length(), segment.text(),
                    new Location.Paragraph(page, paragraphs)));
            appendSeparator('\n', sourceEnd[text.length() - 1], false);
        }
    }

    private void addGrid(RawItem.Grid grid) {
        GridPlacement placement = GridPlacement.place(grid.rows());
        if (placement.rowCount() == 0 || placement.columnCount() == 0) {
            return;
        }
        int number = tables.size() + 1;
        List<TableCell> cells = new ArrayList<>();
        List<Placed> placed = placement.cells();
        int next = 0;
        for (int row = 0; row < placement.rowCount(); row++) {
            boolean first = true;
            int rowSourceStart = source.length();
            while (next < placed.size() && placed.get(next).row() == row) {
                Placed p = placed.get(next++);
                int rawStart = source.length();
                source.append(p.cell().text()).append('\t');
                if (p.cell().phantom()) {
                    continue;
                }
                if (!first) {
                    appendSeparator('\t', rawStart - 1, true);
                }
                first = false;
                NormalizedText segment = normalizer.normalize(p.cell().text(), LineBreaks.JOIN).get(0);
                int start = text.length();
                appendMapped(segment, rawStart);
                Block block = new Block(blocks.size(), BlockKind.TABLE_CELL, start, text.length(), segment.text(),
                        new Location.Cell(grid.pageOf(p.row()), number, p.row(), p.col()));
                blocks.add(block);
                cells.add(new TableCell(p.row(), p.col(), p.rowSpan(), p.colSpan(), block.index()));
            }
            if (source.length() > rowSourceStart) {
                source.setCharAt(source.length() - 1, '\n'); // the row's last tab becomes its line end
            } else {
                source.append('\n'); // every position of this row is covered from above
            }
            appendSeparator('\n', source.length() - 1, true);
        }
        tables.add(new Table(number, grid.page(), placement.rowCount(), placement.columnCount(), cells));
    }

    private void appendMapped(NormalizedText segment, int rawOffset) {
        String s = segment.text();
        ensureCapacity(text.length() + s.length());
        int at = text.length();
        for (int i = 0; i < s.length(); i++) {
            sourceStart[at + i] = rawOffset + segment.sourceStart(i);
            sourceEnd[at + i] = rawOffset + segment.sourceEnd(i);
        }
        text.append(s);
    }

    /**
     * A separator stands for the raw separator char at {@code sourceAt}, or, when the raw text has
     * none there ({@code covering} false), for the empty stretch at that point.
     */
    private void appendSeparator(char separator, int sourceAt, boolean covering) {
        ensureCapacity(text.length() + 1);
        int at = text.length();
        sourceStart[at] = sourceAt;
        sourceEnd[at] = covering ? sourceAt + 1 : sourceAt;
        text.append(separator);
    }

    private void ensureCapacity(int needed) {
        if (needed > sourceStart.length) {
            int size = Math.max(needed, sourceStart.length * 2);
            sourceStart = Arrays.copyOf(sourceStart, size);
            sourceEnd = Arrays.copyOf(sourceEnd, size);
        }
    }
}
