package org.fiscalextract.extractor.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.fiscalextract.extractor.ingest.PdfGlyphs.Glyph;
import org.fiscalextract.extractor.ingest.PdfRulings.Segment;
import org.fiscalextract.extractor.ingest.RawItem.RawCell;

/**
 * Tables of one page rebuilt from its rulings (lattice): each group of crossing lines is a table,
 * the distinct positions of its lines its row and column boundaries, and a boundary missing
 * inside a rectangle of the grid a merged cell. Each character goes to the cell its center lies
 * in; a cell's lines are joined as the text runs on (no break between Chinese characters).
 */
final class PdfTableGrid {
    /** How far apart two line positions may be and still be one boundary, in points. */
    private static final double SNAP = 1.5;
    /** Rows or columns narrower than this are the gap of a double line, not cells. */
    private static final double MIN_CELL = 3.0;

    /** A table found on a page: where it stands and its rows of cells (HTML placement). */
    record Found(double top, double bottom, double left, double right, List<Double> columns,
                 List<List<RawCell>> rows) {
        /** Whether {@code next} spans the same width, so it may continue this table on the next page. */
        boolean sameWidth(Found next) {
            return Math.abs(left - next.left) <= SNAP + MIN_CELL && Math.abs(right - next.right) <= SNAP + MIN_CELL;
        }

        boolean holds(Glyph g) {
            return g.centerX() >= left && g.centerX() <= right && g.centerY() >= top && g.centerY() <= bottom;
        }
    }

    private PdfTableGrid() {
    }

    /** Whether the lines could make a table: two horizontal and two vertical at least. */
    static boolean mayHoldTable(List<Segment> segments) {
        long horizontal = segments.stream().filter(Segment::horizontal).count();
        return horizontal >= 2 && segments.size() - horizontal >= 2;
    }

    static List<Found> find(List<Segment> segments, List<Glyph> glyphs) {
        List<Found> tables = new ArrayList<>();
        for (List<Segment> group : connected(segments)) {
            table(group, glyphs).ifPresent(tables::add);
        }
        tables.sort(Comparator.comparingDouble(Found::top));
        return tables;
    }

    private static Optional<Found> table(List<Segment> group, List<Glyph> glyphs) {
        List<Double> xs = boundaries(group.stream().filter(s -> !s.horizontal()).map(Segment::x1).toList());
        List<Double> ys = boundaries(group.stream().filter(Segment::horizontal).map(Segment::y1).toList());
        if (xs.size() < 2 || ys.size() < 2) {
            return Optional.empty();
        }
        int rows = ys.size() - 1;
        int cols = xs.size() - 1;
        boolean[][] taken = new boolean[rows][cols];
        List<List<RawCell>> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<RawCell> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                if (taken[r][c]) {
                    continue;
                }
                int colSpan = 1;
                while (c + colSpan < cols && !taken[r][c + colSpan]
                        && !vertical(group, xs.get(c + colSpan), ys.get(r), ys.get(r + 1))) {
                    colSpan++;
                }
                int rowSpan = 1;
                while (r + rowSpan < rows && openBelow(group, xs, ys.get(r + rowSpan), c, colSpan)) {
                    rowSpan++;
                }
                for (int i = r; i < r + rowSpan; i++) {
                    for (int j = c; j < c + colSpan; j++) {
                        taken[i][j] = true;
                    }
                }
                String text = text(glyphs, xs.get(c), xs.get(c + colSpan), ys.get(r), ys.get(r + rowSpan));
                row.add(new RawCell(text, rowSpan, colSpan, false));
            }
            out.add(row);
        }
        return Optional.of(new Found(ys.get(0), ys.get(rows), xs.get(0), xs.get(cols), xs, out));
    }

    /** Line positions merged within {@link #SNAP}, and those closer than {@link #MIN_CELL} to the last dropped. */
    static List<Double> boundaries(List<Double> positions) {
        TreeSet<Double> sorted = new TreeSet<>(positions);
        List<Double> out = new ArrayList<>();
        for (double p : sorted) {
            if (out.isEmpty() || p - out.get(out.size() - 1) >= MIN_CELL) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether a vertical line at {@code x} crosses the middle of the band from {@code top} to {@code bottom}. */
    private static boolean vertical(List<Segment> group, double x, double top, double bottom) {
        double mid = (top + bottom) / 2;
        for (Segment s : group) {
            if (!s.horizontal() && Math.abs(s.x1() - x) <= SNAP + MIN_CELL && s.y1() <= mid && s.y2() >= mid) {
                return true;
            }
        }
        return false;
    }

    /** Whether no horizontal line at {@code y} closes any column of the span from below. */
    private static boolean openBelow(List<Segment> group, List<Double> xs, double y, int c, int colSpan) {
        for (int j = c; j < c + colSpan; j++) {
            double mid = (xs.get(j) + xs.get(j + 1)) / 2;
            for (Segment s : group) {
                if (s.horizontal() && Math.abs(s.y1() - y) <= SNAP + MIN_CELL && s.x1() <= mid && s.x2() >= mid) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The text of the glyphs centered in a rectangle: lines top to bottom, each left to right. */
    static String text(List<Glyph> glyphs, double left, double right, double top, double bottom) {
        List<List<Glyph>> lines = lines(glyphs.stream()
                .filter(g -> g.centerX() > left && g.centerX() < right && g.centerY() > top && g.centerY() < bottom)
                .toList());
        StringBuilder text = new StringBuilder();
        for (List<Glyph> line : lines) {
            Glyph previous = null;
            for (Glyph g : line) {
                if (previous != null && g.x() - (previous.x() + previous.width()) > previous.height() * 0.6) {
                    text.append(' ');
                }
                text.append(g.text());
                previous = g;
            }
            if (!text.isEmpty() && line != lines.get(lines.size() - 1)) {
                text.append(joiner(text.charAt(text.length() - 1)));
            }
        }
        return text.toString().strip();
    }

    /** Glyphs grouped into visual lines, top to bottom, each left to right. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph g : glyphs.stream().sorted(Comparator.comparingDouble(Glyph::centerY)).toList()) {
            List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).centerY() - g.centerY()) < last.get(0).height() / 2) {
                last.add(g);
            } else {
                lines.add(new ArrayList<>(List.of(g)));
            }
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(Glyph::x)));
        return lines;
    }

    /** Lines of a cell run on: nothing between Chinese characters, a space after anything else. */
    private static String joiner(char last) {
        return Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN || "，。、；：（）".indexOf(last) >= 0
                ? "" : " ";
    }

    /** Segments grouped by crossing or touching, each group one table's rulings. */
    private static List<List<Segment>> connected(List<Segment> segments) {
        int n = segments.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(segments.get(i), segments.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Segment>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(segments.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean touch(Segment a, Segment b) {
        return a.x1() - SNAP <= b.x2() && b.x1() - SNAP <= a.x2() && a.y1() - SNAP <= b.y2() && b.y1() - SNAP <= a.y2();
    }
}
