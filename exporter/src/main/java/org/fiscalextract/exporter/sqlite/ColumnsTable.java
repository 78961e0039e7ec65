package org.fiscalextract.exporter.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The table {@code _columns}: what every column of every table and view in the file holds
 * (SQLite type, contract type, unit, meaning), itself included, so the file explains itself to
 * whoever opens it without the CSV files' data package beside it.
 */
final class ColumnsTable {
    static final String TABLE = "_columns";
    static final String DESCRIPTION = "What every column of every table and view in this file holds: SQLite type,"
            + " contract type, unit and meaning.";

    private static final List<SqliteColumn> OWN_COLUMNS = List.of(
            own("table_name", "The table or view."),
            own("column_name", "The column, as named in that table or view."),
            own("sql_type", "Its declared SQLite type: TEXT, INTEGER or NUMERIC (INTEGER when whole, REAL otherwise)."),
            own("type", "Its type in the contract: string, integer, number or year."),
            own("unit", "The unit of a number (yuan, 万元, percent, points, …); NULL for none."),
            own("description", "What it holds."));

    private ColumnsTable() {
    }

    /** Creates and fills the table with {@code columns} and its own. */
    static void write(Connection db, List<SqliteColumn> columns) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE " + SqliteColumn.quote(TABLE) + " (\n  "
                    + OWN_COLUMNS.stream().map(c -> c.quotedName() + " TEXT").collect(Collectors.joining(",\n  "))
                    + ",\n  PRIMARY KEY (\"table_name\", \"column_name\")\n)");
        }
        List<SqliteColumn> all = new ArrayList<>(columns);
        all.addAll(OWN_COLUMNS);
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO " + SqliteColumn.quote(TABLE) + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (SqliteColumn c : all) {
                insert.setString(1, c.table());
                insert.setString(2, c.name());
                insert.setString(3, c.sqlType());
                insert.setString(4, c.type());
                if (c.unit().isEmpty()) {
                    insert.setNull(5, Types.NULL);
                } else {
                    insert.setString(5, c.unit());
                }
                insert.setString(6, c.description());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static SqliteColumn own(String name, String description) {
        return new SqliteColumn(TABLE, name, "TEXT", "string", "", description);
    }
}
