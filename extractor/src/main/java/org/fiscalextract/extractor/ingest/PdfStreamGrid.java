package org.fiscalextract.extractor.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.fiscalextract.extractor.ingest.PdfGlyphs.Glyph;
import org.fiscalextract.extractor.ingest.PdfTableGrid.Found;
import org.fiscalextract.extractor.ingest.RawItem.RawCell;

/**
 * A table printed without ruling lines, known only by where its text stands: below a 单位 line,
 * the run of lines that each hold three or more pieces of text set apart by wide gaps. Its
 * columns are where those pieces line up (pieces whose spans overlap from line to line are one
 * column); each line is a row. Cells are never merged here: without lines nothing shows it.
 */
final class PdfStreamGrid {
    private static final Pattern UNIT_LINE = Pattern.compile("单位\\s*[:：]");
    private static final Pattern NUMBER = Pattern.compile("-?[\\d,]+(?:\\.\\d+)?%?");
    /** Pieces of a line further apart than this many glyph heights are separate cells. */
    private static final double CELL_GAP = 0.5;
    private static final int MIN_ROWS = 3;

    /** A run of glyphs in one line, close enough to be one cell's text. */
    private record Piece(String text, double left, double right) {
        double center() {
            return (left + right) / 2;
        }
    }

    private PdfStreamGrid() {
    }

    static Optional<Found> find(List<Glyph> glyphs) {
        List<List<Glyph>> lines = PdfTableGrid.lines(glyphs);
        int unit = -1;
        for (int i = 0; i < lines.size() && unit < 0; i++) {
            if (UNIT_LINE.matcher(text(lines.get(i))).find()) {
                unit = i;
            }
        }
        if (unit < 0) {
            return Optional.empty();
        }
        List<List<Piece>> rows = new ArrayList<>();
        List<List<Glyph>> rowLines = new ArrayList<>();
        for (int i = unit + 1; i < lines.size(); i++) {
            List<Piece> pieces = pieces(lines.get(i));
            if (pieces.size() < 2 || pieces.size() < 3 && rows.isEmpty()) {
                break;
            }
            rows.add(pieces);
            rowLines.add(lines.get(i));
        }
        long numeric = rows.stream().filter(r -> r.stream().anyMatch(p -> NUMBER.matcher(p.text()).matches())).count();
        if (rows.size() < MIN_ROWS || numeric < 2) {
            return Optional.empty();
        }
        // columns from the rows that hold figures; a header, set left or centered, joins the nearest
        List<double[]> columns = columns(rows.stream()
                .filter(r -> r.stream().anyMatch(p -> NUMBER.matcher(p.text()).matches())).toList());
        List<List<RawCell>> grid = new ArrayList<>();
        for (List<Piece> row : rows) {
            StringBuilder[] texts = new StringBuilder[columns.size()];
            for (Piece p : row) {
                int c = column(columns, p);
                if (texts[c] == null) {
                    texts[c] = new StringBuilder(p.text());
                } else {
                    texts[c].append(' ').append(p.text());
                }
            }
            List<RawCell> cells = new ArrayList<>();
            for (StringBuilder t : texts) {
                cells.add(RawCell.of(t == null ? "" : t.toString()));
            }
            grid.add(cells);
        }
        List<Double> bounds = new ArrayList<>();
        bounds.add(columns.get(0)[0]);
        for (int c = 1; c < columns.size(); c++) {
            bounds.add((columns.get(c - 1)[1] + columns.get(c)[0]) / 2);
        }
        bounds.add(columns.get(columns.size() - 1)[1]);
        List<Glyph> first = rowLines.get(0);
        List<Glyph> last = rowLines.get(rowLines.size() - 1);
        double top = first.stream().mapToDouble(Glyph::top).min().orElse(0) - 1;
        double bottom = last.stream().mapToDouble(g -> g.top() + g.height()).max().orElse(0) + 1;
        return Optional.of(new Found(top, bottom, bounds.get(0) - 1, bounds.get(bounds.size() - 1) + 1, bounds, grid));
    }

    /**
     * The column a piece belongs to: the one whose span holds its center; else (a header set left
     * over figures set right) the first whose figures end at or after the piece's end.
     */
    private static int column(List<double[]> columns, Piece piece) {
        for (int c = 0; c < columns.size(); c++) {
            if (piece.center() >= columns.get(c)[0] && piece.center() <= columns.get(c)[1]) {
                return c;
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c)[1] >= piece.right()) {
                return c;
            }
        }
        return columns.size() - 1;
    }

    /** Column spans: every piece's span, merged where they overlap, left to right. */
    private static List<double[]> columns(List<List<Piece>> rows) {
        List<double[]> spans = new ArrayList<>();
        rows.forEach(r -> r.forEach(p -> spans.add(new double[]{p.left(), p.right()})));
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] s : spans) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new double[]{s[0], s[1]});
            }
        }
        return merged;
    }

    private static List<Piece> pieces(List<Glyph> line) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double left = 0;
        Glyph previous = null;
        for (Glyph g : line) {
            if (previous != null && g.x() - (previous.x() + previous.width()) > CELL_GAP * previous.height()) {
                pieces.add(new Piece(text.toString(), left, previous.x() + previous.width()));
                text.setLength(0);
            }
            if (text.isEmpty()) {
                left = g.x();
            }
            text.append(g.text());
            previous = g;
        }
        if (previous != null) {
            pieces.add(new Piece(text.toString(), left, previous.x() + previous.width()));
        }
        return pieces;
    }

    private static String text(List<Glyph> line) {
        StringBuilder text = new StringBuilder();
        line.forEach(g -> text.append(g.text()));
        return text.toString();
    }
}
