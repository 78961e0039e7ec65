package org.fiscalextract.exporter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tables fiscal-extract writes, column by column: name, type, unit and meaning, from
 * {@code contract-columns.tsv}, with their keys. The data package, the workbook and the SQLite
 * file all describe the CSV files from here, so they cannot disagree.
 */
public final class ContractSchema {

    public enum Type {
        STRING, INTEGER, NUMBER, YEAR;

        /** The Table Schema name of the type. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @param unit the unit of a number ({@code yuan}, {@code 万元}, {@code percent}), empty for none */
    public record Column(String name, Type type, String unit, String description) {
    }

    /** {@code fields} of one table refer to {@code referenceFields} of {@code table}. */
    public record ForeignKey(List<String> fields, String table, List<String> referenceFields) {
    }

    public record Table(String name, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys) {
        public Table {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
            foreignKeys = List.copyOf(foreignKeys);
        }

        public String file() {
            return name + ".csv";
        }

        public List<String> header() {
            return columns.stream().map(Column::name).toList();
        }

        public Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    private static final ForeignKey TO_DOCUMENTS = new ForeignKey(List.of("doc_id"), "documents", List.of("doc_id"));
    /** Holds only where divisions.csv is written beside the table; describe it only then. */
    private static final ForeignKey TO_DIVISIONS = new ForeignKey(List.of("region_code"), "divisions", List.of("code"));
    private static final Map<String, List<Column>> COLUMNS = load();

    public static final Table DOCUMENTS = new Table("documents", COLUMNS.get("documents"), List.of("source_path"),
            List.of(TO_DIVISIONS));
    public static final Table FACTS = new Table("facts", COLUMNS.get("facts"), List.of("doc_id", "fact_id"),
            List.of(TO_DOCUMENTS));
    public static final Table PROJECTS = new Table("projects", COLUMNS.get("projects"), List.of("doc_id", "project"),
            List.of(TO_DOCUMENTS));
    public static final Table FINDINGS = new Table("findings", COLUMNS.get("findings"),
            List.of("doc_id", "finding_id"), List.of(TO_DOCUMENTS));

    /** One row per region, fiscal year and department: the same figures side by side. */
    public static final Table COMPARISON = new Table("comparison", COLUMNS.get("comparison"),
            List.of("region_code", "region", "fiscal_year", "department"), List.of(TO_DIVISIONS));

    /**
     * The official division codes (National Bureau of Statistics list) that region_code refers
     * to, written beside the tables so a join needs nothing else.
     */
    public static final Table DIVISIONS = new Table("divisions", COLUMNS.get("divisions"), List.of("code"),
            List.of());

    private ContractSchema() {
    }

    /** The contract's four tables, documents first. */
    public static List<Table> tables() {
        return List.of(DOCUMENTS, FACTS, PROJECTS, FINDINGS);
    }

    /** The contract's tables, the comparison made from them and the division list they refer to. */
    public static List<Table> allTables() {
        return List.of(DOCUMENTS, FACTS, PROJECTS, FINDINGS, COMPARISON, DIVISIONS);
    }

    private static Map<String, List<Column>> load() {
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        try (InputStream in = ContractSchema.class.getResourceAsStream("contract-columns.tsv")) {
            if (in == null) {
                throw new IllegalStateException("contract-columns.tsv is missing from the exporter jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 5) {
                    throw new IllegalStateException("contract-columns.tsv: 5 fields expected in: " + line);
                }
                tables.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Column(f[1],
                        Type.valueOf(f[2].toUpperCase(Locale.ROOT)), f[3].equals("-") ? "" : f[3], f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }
}
