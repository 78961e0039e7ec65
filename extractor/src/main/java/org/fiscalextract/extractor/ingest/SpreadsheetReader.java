package org.fiscalextract.extractor.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fiscalextract.extractor.ingest.RawItem.RawCell;
import org.fiscalextract.extractor.normalize.LineBreaks;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.document.DocumentMetadata;

/**
 * Reads .xlsx/.xls/.et workbooks with POI rather than through Tika's XHTML: Tika's spreadsheet
 * output drops merged regions and the cells' grid positions, which the table model needs. Each
 * sheet becomes a heading (its name) and a table of its used range, values shown as formatted
 * in the workbook ({@code 40.73}, {@code 100.00%}).
 */
final class SpreadsheetReader {
    private SpreadsheetReader() {
    }

    static RawDocument read(Path file, String contentType, int maxChars) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true);
            List<RawItem> items = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            int chars = 0;
            boolean truncated = false;
            for (Sheet sheet : workbook) {
                items.add(new RawItem.Text(BlockKind.HEADING, sheet.getSheetName(), 0, LineBreaks.JOIN));
                List<List<RawCell>> rows = rows(sheet, formatter);
                for (List<RawCell> row : rows) {
                    for (RawCell cell : row) {
                        chars += cell.text().length();
                    }
                }
                if (chars > maxChars) {
                    truncated = true;
                    break;
                }
                if (!rows.isEmpty()) {
                    items.add(new RawItem.Grid(rows, 0));
                }
                if (workbook.isSheetHidden(workbook.getSheetIndex(sheet))) {
                    warnings.add("sheet " + sheet.getSheetName() + " is hidden in the workbook");
                }
            }
            return new RawDocument(items, 0, metadata(workbook, contentType), warnings, truncated);
        }
    }

    /** The sheet's used range as rows of cells, merged regions as spans, empty edges trimmed. */
    private static List<List<RawCell>> rows(Sheet sheet, DataFormatter formatter) {
        Map<Long, String> values = new HashMap<>();
        int firstRow = Integer.MAX_VALUE;
        int lastRow = -1;
        int firstCol = Integer.MAX_VALUE;
        int lastCol = -1;
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = formatter.formatCellValue(cell);
                if (text.isBlank()) {
                    continue;
                }
                values.put(key(cell.getRowIndex(), cell.getColumnIndex()), text);
                firstRow = Math.min(firstRow, cell.getRowIndex());
                lastRow = Math.max(lastRow, cell.getRowIndex());
                firstCol = Math.min(firstCol, cell.getColumnIndex());
                lastCol = Math.max(lastCol, cell.getColumnIndex());
            }
        }
        if (lastRow < 0) {
            return List.of();
        }
        Map<Long, CellRangeAddress> regionAt = new HashMap<>();
        Set<Long> covered = new HashSet<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getFirstRow() > lastRow || region.getFirstColumn() > lastCol
                    || region.getFirstRow() < firstRow || region.getFirstColumn() < firstCol) {
                continue;
            }
            regionAt.put(key(region.getFirstRow(), region.getFirstColumn()), region);
            for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), lastRow); r++) {
                for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), lastCol); c++) {
                    if (r != region.getFirstRow() || c != region.getFirstColumn()) {
                        covered.add(key(r, c));
                    }
                }
            }
        }
        List<List<RawCell>> rows = new ArrayList<>();
        for (int r = firstRow; r <= lastRow; r++) {
            List<RawCell> cells = new ArrayList<>();
            for (int c = firstCol; c <= lastCol; c++) {
                long k = key(r, c);
                if (covered.contains(k)) {
                    continue;
                }
                String text = values.getOrDefault(k, "");
                CellRangeAddress region = regionAt.get(k);
                if (region == null) {
                    cells.add(RawCell.of(text));
                } else {
                    int rowSpan = Math.min(region.getLastRow(), lastRow) - r + 1;
                    int colSpan = Math.min(region.getLastColumn(), lastCol) - c + 1;
                    cells.add(new RawCell(text, rowSpan, colSpan, false));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    private static DocumentMetadata metadata(Workbook workbook, String contentType) {
        if (workbook instanceof XSSFWorkbook xssf) {
            POIXMLProperties.CoreProperties core = xssf.getProperties().getCoreProperties();
            return new DocumentMetadata(nz(core.getTitle()), nz(core.getCreator()),
                    core.getCreated() == null ? "" : core.getCreated().toInstant().toString(),
                    core.getModified() == null ? "" : core.getModified().toInstant().toString(),
                    nz(xssf.getProperties().getExtendedProperties().getApplication()), contentType, "", 0);
        }
        if (workbook instanceof HSSFWorkbook hssf && hssf.getSummaryInformation() != null) {
            SummaryInformation info = hssf.getSummaryInformation();
            return new DocumentMetadata(nz(info.getTitle()), nz(info.getAuthor()),
                    info.getCreateDateTime() == null ? "" : info.getCreateDateTime().toInstant().toString(),
                    info.getLastSaveDateTime() == null ? "" : info.getLastSaveDateTime().toInstant().toString(),
                    nz(info.getApplicationName()), contentType, "", 0);
        }
        return new DocumentMetadata("", "", "", "", "", contentType, "", 0);
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }
}
