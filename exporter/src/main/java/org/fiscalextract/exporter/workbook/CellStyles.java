package org.fiscalextract.exporter.workbook;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The workbook's cell styles, each made once: a workbook holds at most 64,000 styles, and one
 * per cell would also bloat the file.
 */
final class CellStyles {
    private record Key(String format, SeverityFill fill) {
    }

    private final Workbook workbook;
    private final Map<Key, CellStyle> body = new HashMap<>();
    private final CellStyle header;

    CellStyles(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
    }

    CellStyle header() {
        return header;
    }

    /** A data cell shown with {@code format}, on {@code fill}. */
    CellStyle body(String format, SeverityFill fill) {
        return body.computeIfAbsent(new Key(format, fill), this::create);
    }

    private CellStyle create(Key key) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(key.format()));
        byte[] rgb = key.fill().rgb();
        if (rgb != null) {
            style.setFillForegroundColor(new XSSFColor(rgb));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }
}
