package org.fiscalextract.exporter.sqlite;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.fiscalextract.exporter.ContractCsv;
import org.fiscalextract.exporter.ContractSchema;

/**
 * One contract table as {@code facts.sqlite} holds it: the CSV's columns in the CSV's order,
 * typed from the schema, then an {@code <column>_exact} text twin for each number column (see
 * {@link SqliteWriter} for why), the declared primary key and foreign keys. Rows are inserted in
 * file order, so rowid order is CSV order.
 */
final class SqliteTable {
    static final String EXACT_SUFFIX = "_exact";
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final ContractSchema.Table table;
    private final List<ContractSchema.ForeignKey> foreignKeys;
    private final List<SqliteColumn> columns = new ArrayList<>();

    /** @param present the tables the file will hold: keys to others are left out */
    SqliteTable(ContractSchema.Table table, java.util.Set<String> present) {
        this.table = table;
        this.foreignKeys = DocumentIds.foreignKeys(table).stream()
                .filter(k -> k.table().equals(DocumentIds.TABLE) || present.contains(k.table())).toList();
        for (ContractSchema.Column c : table.columns()) {
            columns.add(new SqliteColumn(table.name(), c.name(), sqlType(c.type()), c.type().label(), c.unit(),
                    c.description()));
        }
        for (ContractSchema.Column c : numberColumns()) {
            columns.add(new SqliteColumn(table.name(), c.name() + EXACT_SUFFIX, "TEXT", c.type().label(), c.unit(),
                    c.name() + " exactly as " + table.file() + " writes it (decimal text, for exact arithmetic)."));
        }
    }

    ContractSchema.Table contract() {
        return table;
    }

    List<SqliteColumn> columns() {
        return List.copyOf(columns);
    }

    String createSql() {
        List<String> lines = new ArrayList<>();
        for (SqliteColumn c : columns) {
            lines.add(c.quotedName() + " " + c.sqlType());
        }
        lines.add("PRIMARY KEY (" + quotedList(table.primaryKey()) + ")");
        for (ContractSchema.ForeignKey key : foreignKeys) {
            lines.add("FOREIGN KEY (" + quotedList(key.fields()) + ") REFERENCES " + SqliteColumn.quote(key.table())
                    + " (" + quotedList(key.referenceFields()) + ")");
        }
        return "CREATE TABLE " + SqliteColumn.quote(table.name()) + " (\n  " + String.join(",\n  ", lines) + "\n)";
    }

    /** Reads {@code outDir}'s CSV file of this table into it, {@code batch} rows per round trip. */
    void load(Connection db, Path outDir, int batch) throws IOException, SQLException {
        String sql = "INSERT INTO " + SqliteColumn.quote(table.name()) + " VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement insert = db.prepareStatement(sql)) {
            long[] rows = {0};
            ContractCsv.forEach(outDir, table, row -> {
                rows[0]++;
                try {
                    bind(insert, row, rows[0]);
                    insert.addBatch();
                    if (rows[0] % batch == 0) {
                        insert.executeBatch();
                    }
                } catch (SQLException e) {
                    throw failure(e);
                }
            });
            insert.executeBatch();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private IOException failure(SQLException e) {
        return new IOException(table.file() + " cannot be loaded: " + e.getMessage(), e);
    }

    private void bind(PreparedStatement insert, ContractCsv.Row row, long rowNumber) throws SQLException, IOException {
        List<ContractSchema.Column> contract = table.columns();
        int twin = contract.size();
        for (int i = 0; i < contract.size(); i++) {
            ContractSchema.Column column = contract.get(i);
            String cell = row.values().get(i);
            int index = i + 1;
            if (cell.isEmpty()) {
                insert.setNull(index, Types.NULL);
                if (column.type() == ContractSchema.Type.NUMBER) {
                    insert.setNull(++twin, Types.NULL);
                }
                continue;
            }
            switch (column.type()) {
                case STRING -> insert.setString(index, cell);
                case INTEGER, YEAR -> insert.setLong(index, integer(cell, column, rowNumber));
                case NUMBER -> {
                    bindNumber(insert, index, number(cell, column, rowNumber), cell);
                    insert.setString(++twin, cell);
                }
            }
        }
    }

    /** A whole number as INTEGER (so whole yuan add up exactly and show without ".0"), any other as REAL. */
    private static void bindNumber(PreparedStatement insert, int index, BigDecimal value, String cell)
            throws SQLException {
        if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(LONG_MAX) <= 0) {
            insert.setLong(index, value.longValueExact());
        } else {
            insert.setDouble(index, Double.parseDouble(cell));
        }
    }

    private long integer(String cell, ContractSchema.Column column, long rowNumber) throws IOException {
        try {
            return Long.parseLong(cell);
        } catch (NumberFormatException e) {
            throw notA("an integer", cell, column, rowNumber);
        }
    }

    private BigDecimal number(String cell, ContractSchema.Column column, long rowNumber) throws IOException {
        try {
            return new BigDecimal(cell);
        } catch (NumberFormatException e) {
            throw notA("a decimal number", cell, column, rowNumber);
        }
    }

    private IOException notA(String what, String cell, ContractSchema.Column column, long rowNumber) {
        return new IOException(table.file() + " data row " + rowNumber + ", column " + column.name() + ": \"" + cell
                + "\" is not " + what);
    }

    private List<ContractSchema.Column> numberColumns() {
        return table.columns().stream().filter(c -> c.type() == ContractSchema.Type.NUMBER).toList();
    }

    static String sqlType(ContractSchema.Type type) {
        return switch (type) {
            case STRING -> "TEXT";
            case INTEGER, YEAR -> "INTEGER";
            // NUMERIC, not REAL: REAL affinity would turn the whole numbers bound as INTEGER back into floats
            case NUMBER -> "NUMERIC";
        };
    }

    private static String quotedList(List<String> names) {
        return names.stream().map(SqliteColumn::quote).collect(Collectors.joining(", "));
    }
}
