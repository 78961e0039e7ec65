package org.fiscalextract.exporter.workbook;

import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.fiscalextract.exporter.ContractCsv;
import org.fiscalextract.exporter.ContractSchema;

/**
 * Writes one table into the workbook as a sheet named after it, continued on {@code facts (2)},
 * {@code facts (3)} … when it has more rows than a sheet holds. Every sheet starts with the
 * header, frozen and filterable; number columns hold numbers shown in their unit's format;
 * findings rows are filled by severity.
 */
final class TableSheets {

    /** Hands each row of a table to the consumer, in order. */
    interface RowSource {
        void forEach(ContractCsv.RowConsumer consumer) throws IOException;
    }

    private final Workbook workbook;
    private final CellStyles styles;
    private final int maxDataRows;

    TableSheets(Workbook workbook, CellStyles styles, int maxDataRows) {
        if (maxDataRows < 1) {
            throw new IllegalArgumentException("a sheet holds at least one row besides its header: " + maxDataRows);
        }
        this.workbook = workbook;
        this.styles = styles;
        this.maxDataRows = maxDataRows;
    }

    void write(ContractSchema.Table table, RowSource rows) throws IOException {
        Part[] part = {new Part(table, 1)};
        rows.forEach(row -> {
            if (part[0].rows == maxDataRows) {
                part[0].finish();
                part[0] = new Part(table, part[0].number + 1);
            }
            part[0].add(row);
        });
        part[0].finish();
    }

    /** One sheet of a table. */
    private final class Part {
        private final List<ContractSchema.Column> columns;
        private final List<String> formats;
        private final boolean bySeverity;
        private final int number;
        private final Sheet sheet;
        private final ColumnWidths widths;
        private int rows;

        Part(ContractSchema.Table table, int number) {
            this.columns = table.columns();
            this.formats = columns.stream().map(NumberFormats::of).toList();
            this.bySeverity = table.equals(ContractSchema.FINDINGS);
            this.number = number;
            this.sheet = workbook.createSheet(number == 1 ? table.name() : table.name() + " (" + number + ")");
            this.widths = new ColumnWidths(columns.size());
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).name());
                cell.setCellStyle(styles.header());
                widths.header(i, columns.get(i).name());
            }
            sheet.createFreezePane(0, 1);
        }

        void add(ContractCsv.Row row) {
            rows++;
            Row out = sheet.createRow(rows);
            // blank cells of a findings row are filled too, so the whole row reads as one
            SeverityFill fill = bySeverity ? SeverityFill.of(row.get("severity")) : SeverityFill.NONE;
            for (int i = 0; i < columns.size(); i++) {
                String raw = row.values().get(i);
                CellValue value = CellValue.of(columns.get(i), raw);
                if (value instanceof CellValue.Blank && fill == SeverityFill.NONE) {
                    continue;
                }
                Cell cell = out.createCell(i);
                if (value instanceof CellValue.Numeric n) {
                    cell.setCellValue(n.value());
                    cell.setCellStyle(styles.body(formats.get(i), fill));
                    widths.number(i, raw);
                } else {
                    if (value instanceof CellValue.Text t) {
                        cell.setCellValue(t.text());
                        widths.text(i, t.text());
                    }
                    cell.setCellStyle(styles.body(NumberFormats.GENERAL, fill));
                }
            }
        }

        void finish() {
            sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, columns.size() - 1));
            widths.applyTo(sheet);
        }
    }
}
