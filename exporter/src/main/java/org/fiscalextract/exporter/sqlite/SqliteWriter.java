package org.fiscalextract.exporter.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.fiscalextract.exporter.AtomicFile;
import org.fiscalextract.exporter.ContractSchema;

/**
 * {@code facts.sqlite}: the contract's CSV files of an output folder in one SQLite file, ready
 * to browse with Datasette or query with any SQLite client. Each CSV becomes a table of the
 * same name with the same columns in the same order, typed from {@link ContractSchema}, rows
 * in file order (rowid order); an empty cell becomes NULL. comparison.csv and divisions.csv are
 * loaded when the folder has them.
 *
 * <p>Numbers. A number column keeps its contract name and holds the value as an SQLite number:
 * INTEGER when whole, REAL (the nearest double) otherwise. Then comparisons, ORDER BY, SUM and
 * Datasette's sorting and filters work on it as on a number, whereas on a text column
 * {@code '9' > '10'} holds and nothing warns. Whole values add up exactly (almost all amounts in
 * yuan are whole); a SUM that includes fractions is exact once rounded to the values' decimals,
 * {@code ROUND(SUM(funds_yuan), 2)}, as long as the total has at most 15 significant digits. The
 * exact decimal text follows at the end of the table as {@code <column>_exact} (TEXT), for exact
 * arithmetic in Python's Decimal or BigDecimal and to quote the figure as the CSV has it. The
 * other design, text under the contract name and numbers in a view, makes the wrong query the
 * easy one. facts.value stays TEXT as the contract types it (it also holds grades); value_wan is
 * its number for amounts, and {@code document_figures} gives the key figures as numbers.
 *
 * <p>Also in the file: the primary keys as declared; the foreign keys to documents.doc_id,
 * pointed at {@link DocumentIds} because documents.doc_id is not unique; indexes on doc_id,
 * region_code and canonical; the view {@link DocumentFiguresView}; the table {@link ColumnsTable}
 * describing every column. All is written in one transaction into a temporary file beside the
 * target, then moved over it: readers never see half a file. Nothing in it depends on the time,
 * so the same folder gives the same bytes.
 */
public final class SqliteWriter {
    /** The usual name of the file in an output folder. */
    public static final String FILE_NAME = "facts.sqlite";

    private static final int BATCH = 10_000;

    /**
     * Indexes for the common joins and filters. Lookups by doc_id in facts, projects and findings
     * use their primary keys, which start with doc_id; comparison's starts with region_code.
     */
    private static final List<List<String>> INDEXES = List.of(
            List.of("documents", "doc_id"),
            List.of("documents", "region_code"),
            List.of("facts", "doc_id", "canonical"),
            List.of("facts", "canonical"));

    private SqliteWriter() {
    }

    /** Loads the contract CSV files in {@code outDir} into a new SQLite file that replaces {@code target}. */
    public static void write(Path outDir, Path target) throws IOException {
        List<SqliteTable> tables = tablesIn(outDir);
        Path absolute = target.toAbsolutePath();
        Path temp = tempBeside(absolute);
        try {
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + temp)) {
                fill(db, outDir, tables);
            } catch (SQLException e) {
                throw new IOException("cannot write " + absolute + ": " + e.getMessage(), e);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static List<SqliteTable> tablesIn(Path outDir) throws IOException {
        List<ContractSchema.Table> present = new ArrayList<>();
        for (ContractSchema.Table table : ContractSchema.tables()) {
            if (!Files.isRegularFile(outDir.resolve(table.file()))) {
                throw new NoSuchFileException(outDir.resolve(table.file()).toString(), null,
                        "not an output folder of fiscal-extract extract");
            }
            present.add(table);
        }
        for (ContractSchema.Table table : List.of(ContractSchema.COMPARISON, ContractSchema.DIVISIONS)) {
            if (Files.isRegularFile(outDir.resolve(table.file()))) {
                present.add(table);
            }
        }
        // a key to a table the folder lacks (divisions, when not written) would only fail checks
        java.util.Set<String> names = new java.util.HashSet<>(present.stream().map(ContractSchema.Table::name).toList());
        return present.stream().map(t -> new SqliteTable(t, names)).toList();
    }

    private static void fill(Connection db, Path outDir, List<SqliteTable> tables) throws SQLException, IOException {
        try (Statement s = db.createStatement()) {
            // a new file that only replaces the target once complete: no journal on disk, no syncs
            s.execute("PRAGMA journal_mode = MEMORY");
            s.execute("PRAGMA synchronous = OFF");
        }
        db.setAutoCommit(false);
        List<SqliteColumn> columns = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            for (SqliteTable table : tables) {
                s.execute(table.createSql());
                columns.addAll(table.columns());
                if (table.contract() == ContractSchema.DOCUMENTS) {
                    s.execute(DocumentIds.createSql());
                    columns.addAll(DocumentIds.columns());
                }
            }
            for (SqliteTable table : tables) {
                table.load(db, outDir, BATCH);
            }
            s.execute(DocumentIds.fillSql());
            // after the rows: building an index once is faster than keeping it up to date
            for (List<String> index : INDEXES) {
                s.execute(indexSql(index.get(0), index.subList(1, index.size())));
            }
            s.execute(DocumentFiguresView.createSql());
            columns.addAll(DocumentFiguresView.columns());
        }
        ColumnsTable.write(db, columns);
        db.commit();
    }

    private static String indexSql(String table, List<String> columns) {
        return "CREATE INDEX " + SqliteColumn.quote(table + "_" + String.join("_", columns)) + " ON "
                + SqliteColumn.quote(table) + " (" + String.join(", ", columns.stream().map(SqliteColumn::quote).toList())
                + ")";
    }

    private static Path tempBeside(Path target) {
        while (true) {
            Path temp = AtomicFile.tempName(target.toAbsolutePath());
            if (!Files.exists(temp)) {
                return temp;
            }
        }
    }
}
