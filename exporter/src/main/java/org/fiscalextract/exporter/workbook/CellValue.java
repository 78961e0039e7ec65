package org.fiscalextract.exporter.workbook;

import java.math.BigDecimal;
import java.math.MathContext;

import org.apache.poi.ss.SpreadsheetVersion;
import org.fiscalextract.exporter.ContractSchema;

/** What one CSV value becomes in the workbook: nothing, a number or text. */
sealed interface CellValue {

    /** Significant digits a spreadsheet number keeps: xlsx stores IEEE doubles, which hold any 15. */
    int EXACT_DIGITS = 15;

    /** Appended to text cut at Excel's cell limit; the CSV keeps all of it. */
    String CUT_MARK = "…[cut]";

    record Blank() implements CellValue {
    }

    record Numeric(double value) implements CellValue {
    }

    record Text(String text) implements CellValue {
    }

    /**
     * The cell for {@code raw} in {@code column}. A number column's value becomes a number only
     * when the double reads back as the same decimal: more than 15 significant digits (or a
     * magnitude a double cannot hold) stays text, so the workbook never shows a value the CSV
     * does not say. A number column holding something else (not from this version) stays text too.
     */
    static CellValue of(ContractSchema.Column column, String raw) {
        if (raw.isEmpty()) {
            return new Blank();
        }
        if (column.type() == ContractSchema.Type.STRING) {
            return text(raw);
        }
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return text(raw);
        }
        double value = decimal.doubleValue();
        if (decimal.stripTrailingZeros().precision() > EXACT_DIGITS || Double.isInfinite(value)
                || new BigDecimal(value).round(new MathContext(EXACT_DIGITS)).compareTo(decimal) != 0) {
            return text(raw);
        }
        return new Numeric(value);
    }

    /** Text within Excel's 32,767 characters a cell, cut at a whole character. */
    static Text text(String raw) {
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        if (raw.length() <= max) {
            return new Text(raw);
        }
        int end = max - CUT_MARK.length();
        if (Character.isHighSurrogate(raw.charAt(end - 1))) {
            end--;
        }
        return new Text(raw.substring(0, end) + CUT_MARK);
    }
}
