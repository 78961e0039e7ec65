package org.fiscalextract.exporter.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fiscalextract.exporter.AtomicFile;
import org.fiscalextract.exporter.ContractCsv;
import org.fiscalextract.exporter.ContractSchema;

/**
 * {@code workbook.xlsx}: the contract's CSV files of an output folder as one Excel workbook, for
 * readers who open Excel or WPS rather than load a CSV. One sheet per table (documents, facts,
 * projects, findings, and comparison when the folder has it) and a {@code columns} sheet that
 * describes every column. The sheets show exactly what the CSV files say: they are read back
 * from the folder, never from the extractor.
 *
 * <p>Streams (POI's SXSSF): rows go to a temporary file as they are written, so memory stays
 * flat however many facts a run has. The same folder gives a byte-identical workbook: no
 * creation time is written, and POI stamps every zip entry with the same fixed time.
 */
public final class WorkbookWriter {
    public static final String FILE = "workbook.xlsx";

    /** Data rows a sheet holds below its header (Excel's limit is 1,048,576 rows in all). */
    static final int MAX_DATA_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;

    /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

    private WorkbookWriter() {
    }

    /** Writes {@code target} from the CSV files in {@code outDir}, replacing it in one step. */
    public static void write(Path outDir, Path target) throws IOException {
        write(outDir, target, MAX_DATA_ROWS);
    }

    /** As {@link #write(Path, Path)}, continuing a table on a new sheet after {@code maxDataRows}. */
    static void write(Path outDir, Path target, int maxDataRows) throws IOException {
        List<ContractSchema.Table> tables = tablesIn(outDir);
        try (AtomicFile file = AtomicFile.create(target)) {
            SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
            try {
                workbook.setCompressTempFiles(true);
                POIXMLProperties.CoreProperties properties = workbook.getXSSFWorkbook().getProperties()
                        .getCoreProperties();
                properties.setCreated(Optional.empty());
                properties.setCreator("fiscal-extract");
                TableSheets sheets = new TableSheets(workbook, new CellStyles(workbook), maxDataRows);
                for (ContractSchema.Table table : tables) {
                    sheets.write(table, consumer -> ContractCsv.forEach(outDir, table, consumer));
                }
                sheets.write(ColumnsSheet.TABLE, ColumnsSheet.rows(tables));
                workbook.write(file.stream());
            } finally {
                workbook.dispose();
                workbook.close();
            }
            file.commit();
        }
    }

    /** The four contract tables, which must be there, and the comparison when it is. */
    private static List<ContractSchema.Table> tablesIn(Path outDir) throws IOException {
        List<ContractSchema.Table> tables = new ArrayList<>();
        for (ContractSchema.Table table : ContractSchema.tables()) {
            if (!Files.isRegularFile(outDir.resolve(table.file()))) {
                throw new IOException(outDir + " has no " + table.file() + ": not an output folder of fiscal-extract");
            }
            tables.add(table);
        }
        if (Files.isRegularFile(outDir.resolve(ContractSchema.COMPARISON.file()))) {
            tables.add(ContractSchema.COMPARISON);
        }
        return tables;
    }
}
