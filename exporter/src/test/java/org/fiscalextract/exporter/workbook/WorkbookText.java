package org.fiscalextract.exporter.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as text, for golden files and readable failures: per sheet a line with its frozen
 * pane, autofilter and column widths, then one line per cell:
 * {@code sheet!A1<TAB>type<TAB>style<TAB>value}, numbers as the 15 significant digits a
 * spreadsheet shows.
 */
final class WorkbookText {
    private WorkbookText() {
    }

    static List<String> lines(XSSFWorkbook workbook) {
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            XSSFSheet sheet = workbook.getSheetAt(s);
            lines.add("# " + sheet.getSheetName() + ": frozen " + frozen(sheet) + ", filter " + filter(sheet)
                    + ", widths " + widths(sheet));
            for (Row row : sheet) {
                for (Cell cell : row) {
                    lines.add(sheet.getSheetName() + "!" + cell.getAddress().formatAsString() + "\t"
                            + cell.getCellType().name().toLowerCase() + "\t" + style((XSSFCellStyle) cell.getCellStyle())
                            + "\t" + value(cell));
                }
            }
        }
        return lines;
    }

    /** A numeric cell's value as the decimal a spreadsheet shows; text escaped onto one line. */
    static String value(Cell cell) {
        return switch (cell.getCellType()) {
            case NUMERIC -> shown(cell.getNumericCellValue()).toPlainString();
            case STRING -> cell.getStringCellValue().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                    .replace("\r", "\\r");
            default -> "";
        };
    }

    /** A double as the 15 significant digits Excel shows of it. */
    static BigDecimal shown(double value) {
        return new BigDecimal(value).round(new MathContext(CellValue.EXACT_DIGITS)).stripTrailingZeros();
    }

    /** The fill colour as hex RGB, or {@code -} for none. */
    static String fill(XSSFCellStyle style) {
        if (style.getFillPattern() == FillPatternType.NO_FILL) {
            return "-";
        }
        XSSFColor color = style.getFillForegroundColorColor();
        return color == null ? "?" : color.getARGBHex().substring(2);
    }

    private static String style(XSSFCellStyle style) {
        return style.getDataFormatString() + (style.getFont().getBold() ? " bold" : "") + " fill " + fill(style);
    }

    private static String frozen(XSSFSheet sheet) {
        PaneInformation pane = sheet.getPaneInformation();
        if (pane == null || !pane.isFreezePane()) {
            return "none";
        }
        return new CellReference(pane.getHorizontalSplitPosition(), pane.getVerticalSplitPosition()).formatAsString();
    }

    private static String filter(XSSFSheet sheet) {
        return sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : "none";
    }

    private static String widths(XSSFSheet sheet) {
        StringBuilder out = new StringBuilder();
        int columns = sheet.getRow(0).getLastCellNum();
        for (int i = 0; i < columns; i++) {
            out.append(i == 0 ? "" : " ").append(sheet.getColumnWidth(i) / 256);
        }
        return out.toString();
    }
}
