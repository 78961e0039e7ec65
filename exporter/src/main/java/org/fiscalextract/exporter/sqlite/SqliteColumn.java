package org.fiscalextract.exporter.sqlite;



/**
 * A column of {@code facts.sqlite}, as its {@code _columns} table and the Datasette metadata
 * describe it.
 *
 * @param table the table or view it belongs to
 * @param sqlType the declared SQLite type (TEXT, INTEGER, NUMERIC)
 * @param type the contract's type: string, integer, number or year
 * @param unit the unit of a number, empty for none
 */
record SqliteColumn(String table, String name, String sqlType, String type, String unit, String description) {

    /** The name as an SQL identifier: always quoted, since contract names include keywords (check, end). */
    String quotedName() {
        return quote(name);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
