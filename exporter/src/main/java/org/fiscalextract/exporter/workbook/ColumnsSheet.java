package org.fiscalextract.exporter.workbook;

import java.util.List;

import org.fiscalextract.exporter.ContractCsv;
import org.fiscalextract.exporter.ContractSchema;

/**
 * The workbook's last sheet, {@code columns}: every column of every table in the workbook with
 * its type, unit and meaning, from the same schema the data package is made from.
 *
 * <p>A sheet rather than header comments: comments show only on hover, not in print, not in
 * every viewer, and not to pandas or R; the descriptions are sentences too long for a comment
 * box; and a sheet can be filtered and searched like the data.
 */
final class ColumnsSheet {
    static final ContractSchema.Table TABLE = new ContractSchema.Table("columns", List.of(
            new ContractSchema.Column("table", ContractSchema.Type.STRING, "", "The sheet (and CSV file) the column is in."),
            new ContractSchema.Column("column", ContractSchema.Type.STRING, "", "The column's name in the header row."),
            new ContractSchema.Column("type", ContractSchema.Type.STRING, "", "string, integer, number or year."),
            new ContractSchema.Column("unit", ContractSchema.Type.STRING, "", "The unit of a number; empty for none."),
            new ContractSchema.Column("description", ContractSchema.Type.STRING, "", "What the column means.")),
            List.of("table", "column"), List.of());

    private ColumnsSheet() {
    }

    /** One row per column of {@code tables}, in sheet order. */
    static TableSheets.RowSource rows(List<ContractSchema.Table> tables) {
        return consumer -> {
            for (ContractSchema.Table table : tables) {
                for (ContractSchema.Column c : table.columns()) {
                    consumer.accept(new ContractCsv.Row(TABLE,
                            List.of(table.name(), c.name(), c.type().label(), c.unit(), c.description())));
                }
            }
        };
    }
}
