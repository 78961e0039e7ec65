package org.fiscalextract.exporter.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.fiscalextract.exporter.AtomicFile;
import org.fiscalextract.exporter.JsonWriter;

/**
 * The metadata file Datasette shows beside {@code facts.sqlite}
 * ({@code datasette facts.sqlite --metadata facts.metadata.json}): a description of each column
 * with its unit, taken from the file's own {@code _columns} table so the two cannot disagree.
 * Datasette names a database by its file name without the extension, so the metadata is keyed
 * by that name.
 */
public final class DatasetteMetadata {
    private static final String DATABASE_DESCRIPTION = "Figures read from Chinese county fiscal disclosures by"
            + " fiscal-extract: every fact quotes its text and where it stands (facts.text, facts.location). What the"
            + " CSV files leave empty (not known) is NULL here.";
    private static final Map<String, String> TABLE_DESCRIPTIONS = Map.of(
            DocumentIds.TABLE, DocumentIds.DESCRIPTION,
            DocumentFiguresView.VIEW, DocumentFiguresView.DESCRIPTION,
            ColumnsTable.TABLE, ColumnsTable.DESCRIPTION);

    private DatasetteMetadata() {
    }

    /** Writes the metadata of the SQLite file {@code sqlite} (made by {@link SqliteWriter}) to {@code json}. */
    public static void write(Path sqlite, Path json) throws IOException {
        try (AtomicFile file = AtomicFile.create(json)) {
            write(sqlite, file.writer());
            file.commit();
        }
    }

    static void write(Path sqlite, Appendable out) throws IOException {
        if (!Files.isRegularFile(sqlite)) {
            // the driver would create an empty database in its place
            throw new NoSuchFileException(sqlite.toString());
        }
        String name = sqlite.getFileName().toString();
        String database = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        JsonWriter json = new JsonWriter(out);
        json.beginObject().name("databases").beginObject().name(database).beginObject()
                .field("description", DATABASE_DESCRIPTION)
                .name("tables").beginObject();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + sqlite.toAbsolutePath());
             Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT table_name, column_name, unit, description FROM "
                     + SqliteColumn.quote(ColumnsTable.TABLE) + " ORDER BY rowid")) {
            String table = null;
            while (r.next()) {
                if (!r.getString(1).equals(table)) {
                    if (table != null) {
                        json.endObject().endObject();
                    }
                    table = r.getString(1);
                    json.name(table).beginObject();
                    if (TABLE_DESCRIPTIONS.containsKey(table)) {
                        json.field("description", TABLE_DESCRIPTIONS.get(table));
                    }
                    json.name("columns").beginObject();
                }
                String unit = r.getString(3);
                json.field(r.getString(2), r.getString(4) + (unit == null ? "" : " Unit: " + unit + "."));
            }
            if (table != null) {
                json.endObject().endObject();
            }
        } catch (SQLException e) {
            throw new IOException("cannot read the columns of " + sqlite + ": " + e.getMessage(), e);
        }
        json.endObject().endObject().endObject().endObject();
    }
}
