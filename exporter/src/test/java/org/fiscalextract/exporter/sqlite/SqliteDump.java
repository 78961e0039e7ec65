package org.fiscalextract.exporter.sqlite;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An SQLite file as text for a golden file: its schema in creation order, then every row of
 * every table (rowid order) and view (the view's own order). Values are written as SQL
 * literals, so the storage class shows: 12 an INTEGER, 12.5 or 12.0 a REAL, '12' TEXT, NULL.
 */
final class SqliteDump {
    private SqliteDump() {
    }

    static String of(Path file) throws SQLException {
        StringBuilder out = new StringBuilder();
        List<String[]> relations = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT type, name, sql FROM sqlite_master ORDER BY rowid")) {
                while (r.next()) {
                    String sql = r.getString(3);
                    out.append(sql == null ? "-- " + r.getString(1) + " " + r.getString(2) : sql + ";").append("\n\n");
                    if (r.getString(1).equals("table") || r.getString(1).equals("view")) {
                        relations.add(new String[] {r.getString(1), r.getString(2)});
                    }
                }
            }
            for (String[] relation : relations) {
                String order = relation[0].equals("table") ? " ORDER BY rowid" : "";
                try (ResultSet r = s.executeQuery("SELECT * FROM \"" + relation[1] + "\"" + order)) {
                    out.append("-- ").append(relation[0]).append(' ').append(relation[1]).append('\n');
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        out.append('(');
                        for (int i = 1; i <= columns; i++) {
                            out.append(i > 1 ? ", " : "").append(literal(r.getObject(i)));
                        }
                        out.append(")\n");
                    }
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Double d) {
            String plain = BigDecimal.valueOf(d).toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        String text = value.toString().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
                .replace("'", "''");
        return "'" + text + "'";
    }
}
