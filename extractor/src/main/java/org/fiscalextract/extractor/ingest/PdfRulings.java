package org.fiscalextract.extractor.ingest;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The ruling lines a page draws: stroked lines and rectangles, and thin filled rectangles (how
 * WPS draws cell borders). Coordinates are from the page's top left, in points, as text
 * positions are. Curves and images are ignored. {@link PathOperators} feeds it the page's path
 * operators, already in page space.
 */
final class PdfRulings {
    /** A filled rectangle thinner than this is a line. */
    private static final double THIN = 2.0;

    /** An axis-parallel line: horizontal when {@code y1 == y2}, vertical when {@code x1 == x2}. */
    record Segment(double x1, double y1, double x2, double y2) {
        boolean horizontal() {
            return y1 == y2;
        }
    }

    private final double pageTop;
    private final List<Segment> segments = new ArrayList<>();
    private final List<Point2D[]> rectangles = new ArrayList<>();
    private final List<Point2D[]> lines = new ArrayList<>();
    private Point2D current = new Point2D.Double();

    private final double pageLeft;

    PdfRulings(PDPage page) {
        this.pageTop = page.getCropBox().getUpperRightY();
        this.pageLeft = page.getCropBox().getLowerLeftX();
    }

    /** The page's rulings: each horizontal or vertical, from its smaller to its larger end. */
    List<Segment> segments() {
        return List.copyOf(segments);
    }

    void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(new Point2D[]{p0, p1, p2, p3});
        current = p0;
    }

    void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    void lineTo(float x, float y) {
        Point2D to = new Point2D.Float(x, y);
        lines.add(new Point2D[]{current, to});
        current = to;
    }

    void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    void closePath() {
        // a closed path adds no line that a table border needs
    }

    void endPath() {
        clearPath();
    }

    void strokePath() {
        for (Point2D[] r : rectangles) {
            for (int i = 0; i < 4; i++) {
                add(r[i], r[(i + 1) % 4]);
            }
        }
        for (Point2D[] l : lines) {
            add(l[0], l[1]);
        }
        clearPath();
    }

    void fillPath() {
        for (Point2D[] r : rectangles) {
            double minX = Math.min(r[0].getX(), r[2].getX());
            double maxX = Math.max(r[0].getX(), r[2].getX());
            double minY = Math.min(r[0].getY(), r[2].getY());
            double maxY = Math.max(r[0].getY(), r[2].getY());
            if (maxY - minY < THIN && maxX - minX >= THIN) {
                double y = (minY + maxY) / 2;
                add(new Point2D.Double(minX, y), new Point2D.Double(maxX, y));
            } else if (maxX - minX < THIN && maxY - minY >= THIN) {
                double x = (minX + maxX) / 2;
                add(new Point2D.Double(x, minY), new Point2D.Double(x, maxY));
            }
        }
        clearPath();
    }

    void fillAndStrokePath() {
        strokePath();
    }

    void clip() {
        clearPath(); // a clipping path draws nothing
    }

    private void clearPath() {
        rectangles.clear();
        lines.clear();
    }

    /** Keeps an axis-parallel line, turned to top-left coordinates; drops slanted ones and dots. */
    private void add(Point2D a, Point2D b) {
        double x1 = a.getX() - pageLeft;
        double x2 = b.getX() - pageLeft;
        double y1 = pageTop - a.getY();
        double y2 = pageTop - b.getY();
        if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) >= THIN) {
            double y = (y1 + y2) / 2;
            segments.add(new Segment(Math.min(x1, x2), y, Math.max(x1, x2), y));
        } else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) >= THIN) {
            double x = (x1 + x2) / 2;
            segments.add(new Segment(x, Math.min(y1, y2), x, Math.max(y1, y2)));
        }
    }
}
