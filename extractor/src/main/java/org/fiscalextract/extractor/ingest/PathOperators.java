package org.fiscalextract.extractor.ingest;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;

/**
 * The PDF path operators (m, l, c, re, S, f, n, …) for a text stripper, which has none of its own:
 * with them, one pass over a page gives both its characters and its ruling lines. Points go
 * through the current transformation, as PDFBox's own graphics engine does; a malformed
 * operator is skipped, as a viewer would.
 */
final class PathOperators {
    private PathOperators() {
    }

    /** Processors for every path operator, drawing into whatever {@code rulings} gives at the time. */
    static List<OperatorProcessor> forEngine(PDFStreamEngine engine, Supplier<PdfRulings> rulings) {
        return List.of(
                points(engine, "m", 2, (r, p) -> r.moveTo((float) p[0].getX(), (float) p[0].getY()), rulings),
                points(engine, "l", 2, (r, p) -> r.lineTo((float) p[0].getX(), (float) p[0].getY()), rulings),
                points(engine, "c", 6, (r, p) -> curve(r, p[2]), rulings),
                points(engine, "v", 4, (r, p) -> curve(r, p[1]), rulings),
                points(engine, "y", 4, (r, p) -> curve(r, p[1]), rulings),
                new Processor(engine, "re", 4, (r, o) -> rectangle(engine, r, o), rulings),
                painting(engine, "h", PdfRulings::closePath, rulings),
                painting(engine, "S", PdfRulings::strokePath, rulings),
                painting(engine, "s", r -> { r.closePath(); r.strokePath(); }, rulings),
                painting(engine, "f", PdfRulings::fillPath, rulings),
                painting(engine, "F", PdfRulings::fillPath, rulings),
                painting(engine, "f*", PdfRulings::fillPath, rulings),
                painting(engine, "B", PdfRulings::fillAndStrokePath, rulings),
                painting(engine, "B*", PdfRulings::fillAndStrokePath, rulings),
                painting(engine, "b", r -> { r.closePath(); r.fillAndStrokePath(); }, rulings),
                painting(engine, "b*", r -> { r.closePath(); r.fillAndStrokePath(); }, rulings),
                painting(engine, "n", PdfRulings::endPath, rulings),
                painting(engine, "W", PdfRulings::clip, rulings),
                painting(engine, "W*", PdfRulings::clip, rulings));
    }

    private interface PathStep {
        void apply(PdfRulings rulings, float[] operands);
    }

    private interface PointStep {
        void apply(PdfRulings rulings, Point2D[] points);
    }

    private static OperatorProcessor painting(PDFStreamEngine engine, String name, Consumer<PdfRulings> step,
                                              Supplier<PdfRulings> rulings) {
        return new Processor(engine, name, 0, (r, o) -> step.accept(r), rulings);
    }

    /** An operator whose operands are x y pairs, turned to page space before the step sees them. */
    private static OperatorProcessor points(PDFStreamEngine engine, String name, int operands, PointStep step,
                                            Supplier<PdfRulings> rulings) {
        return new Processor(engine, name, operands, (r, o) -> {
            Point2D[] points = new Point2D[o.length / 2];
            for (int i = 0; i < points.length; i++) {
                points[i] = transform(engine, o[2 * i], o[2 * i + 1]);
            }
            step.apply(r, points);
        }, rulings);
    }

    private static void curve(PdfRulings rulings, Point2D end) {
        rulings.curveTo(0, 0, 0, 0, (float) end.getX(), (float) end.getY());
    }

    private static void rectangle(PDFStreamEngine engine, PdfRulings rulings, float[] o) {
        float x = o[0];
        float y = o[1];
        float w = o[2];
        float h = o[3];
        rulings.appendRectangle(transform(engine, x, y), transform(engine, x + w, y),
                transform(engine, x + w, y + h), transform(engine, x, y + h));
    }

    private static Point2D transform(PDFStreamEngine engine, float x, float y) {
        return engine.getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
    }

    private static final class Processor extends OperatorProcessor {
        private final String name;
        private final int operands;
        private final PathStep step;
        private final Supplier<PdfRulings> rulings;

        Processor(PDFStreamEngine engine, String name, int operands, PathStep step, Supplier<PdfRulings> rulings) {
            super(engine);
            this.name = name;
            this.operands = operands;
            this.step = step;
            this.rulings = rulings;
        }

        @Override
        public void process(Operator operator, List<COSBase> arguments) {
            PdfRulings target = rulings.get();
            if (target == null || arguments.size() < operands) {
                return;
            }
            float[] values = new float[operands];
            for (int i = 0; i < operands; i++) {
                if (!(arguments.get(i) instanceof COSNumber number)) {
                    return;
                }
                values[i] = number.floatValue();
            }
            step.apply(target, values);
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
