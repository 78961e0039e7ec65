package org.fiscalextract.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fiscalextract.exporter.AtomicFile;
import org.fiscalextract.exporter.Comparison;
import org.fiscalextract.exporter.datapackage.DataPackage;
import org.fiscalextract.exporter.sqlite.DatasetteMetadata;
import org.fiscalextract.exporter.DivisionsCsv;
import org.fiscalextract.exporter.review.ReviewPage;
import org.fiscalextract.exporter.sqlite.SqliteWriter;
import org.fiscalextract.exporter.workbook.WorkbookWriter;
import org.fiscalextract.model.document.OfficialDivision;

/**
 * The files made from the contract CSV files once a run has written them: they read the CSV
 * files back, so they show exactly what the CSV files say.
 */
final class DerivedOutputs {
    static final String COMPARISON_CSV = "comparison.csv";
    static final String DIVISIONS_CSV = "divisions.csv";

    interface Content {
        void write(Appendable out) throws IOException;
    }

    private DerivedOutputs() {
    }

    static final String DATASETTE_METADATA = "facts.metadata.json";
    static final String REVIEW_PAGE = "report.html";

    /** Writes what the settings ask for, and removes what an earlier run wrote that they do not. */
    static void write(Path outDir, OutputSettings settings, List<OfficialDivision> divisions) throws IOException {
        csv(outDir.resolve(COMPARISON_CSV), settings, out -> Comparison.write(List.of(outDir), out));
        csv(outDir.resolve(DIVISIONS_CSV), settings, out -> DivisionsCsv.write(out, divisions));
        DataPackage.write(outDir);
        if (settings.writes(OutputFormat.XLSX)) {
            WorkbookWriter.write(outDir, outDir.resolve(WorkbookWriter.FILE));
        } else {
            Files.deleteIfExists(outDir.resolve(WorkbookWriter.FILE));
        }
        if (settings.writes(OutputFormat.SQLITE)) {
            SqliteWriter.write(outDir, outDir.resolve(SqliteWriter.FILE_NAME));
            DatasetteMetadata.write(outDir.resolve(SqliteWriter.FILE_NAME), outDir.resolve(DATASETTE_METADATA));
        } else {
            Files.deleteIfExists(outDir.resolve(SqliteWriter.FILE_NAME));
            Files.deleteIfExists(outDir.resolve(DATASETTE_METADATA));
        }
        if (settings.writes(OutputFormat.HTML)) {
            ReviewPage.write(outDir, outDir.resolve(REVIEW_PAGE));
        } else {
            Files.deleteIfExists(outDir.resolve(REVIEW_PAGE));
        }
    }

    /** A CSV file written whole or not at all, with the byte-order mark when the settings want one. */
    static void csv(Path target, OutputSettings settings, Content content) throws IOException {
        try (AtomicFile file = AtomicFile.create(target)) {
            if (settings.bom()) {
                file.writer().write('\uFEFF');
            }
            content.write(file.writer());
            file.commit();
        }
    }
}
