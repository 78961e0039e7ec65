package org.fiscalextract.exporter.datapackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.fiscalextract.exporter.AtomicFile;
import org.fiscalextract.exporter.ContractSchema;
import org.fiscalextract.exporter.JsonWriter;

/**
 * {@code datapackage.json}: a Frictionless Tabular Data Package (v1) describing the contract CSVs
 * an output folder holds, so frictionless, pandas or R can load them with types, keys and
 * meanings, and {@link PackageValidator} can check them. Everything comes from
 * {@link ContractSchema}; the output depends only on which files are present (no dates), so the
 * same run gives the same bytes.
 *
 * <p>Table Schema has no property for a unit: each field with one carries it as {@code "unit"},
 * a property of this package that other tools ignore.
 */
public final class DataPackage {
    public static final String FILE_NAME = "datapackage.json";

    private DataPackage() {
    }

    /** Writes datapackage.json into {@code outDir}, describing the contract CSVs found there. */
    public static void write(Path outDir) throws IOException {
        List<ContractSchema.Table> present = ContractSchema.allTables().stream()
                .filter(t -> Files.isRegularFile(outDir.resolve(t.file())))
                .toList();
        if (present.isEmpty()) {
            throw new IOException("no contract CSV file (documents.csv, facts.csv, …) in " + outDir
                    + ": nothing for datapackage.json to describe");
        }
        StringBuilder out = new StringBuilder();
        describe(out, present);
        AtomicFile.write(outDir.resolve(FILE_NAME), out);
    }

    /** The descriptor of a package of {@code tables}; a foreign key is declared only when its target is among them. */
    static void describe(Appendable out, List<ContractSchema.Table> tables) throws IOException {
        Set<String> names = tables.stream().map(ContractSchema.Table::name).collect(Collectors.toSet());
        JsonWriter json = new JsonWriter(out);
        json.beginObject()
                .field("profile", "tabular-data-package")
                .field("name", "fiscal-extract-output")
                .field("title", "fiscal-extract output: Chinese county fiscal disclosures as tables")
                .field("description", "An empty cell means not known. Numbers are exact decimals without thousands"
                        + " separators. \"unit\" on a field is a property of this package, not of the Table Schema"
                        + " standard: the unit its numbers are in. Files are UTF-8 and may start with a byte-order"
                        + " mark.");
        json.name("resources").beginArray();
        for (ContractSchema.Table table : tables) {
            resource(json, table, names);
        }
        json.endArray();
        json.endObject();
    }

    private static void resource(JsonWriter json, ContractSchema.Table table, Set<String> present) throws IOException {
        json.beginObject()
                .field("profile", "tabular-data-resource")
                .field("name", table.name())
                .field("path", table.file())
                .field("format", "csv")
                .field("mediatype", "text/csv")
                .field("encoding", "utf-8");
        json.name("dialect").beginObject()
                .field("delimiter", ",")
                .field("lineTerminator", "\r\n")
                .field("quoteChar", "\"")
                .name("doubleQuote").value(true)
                .name("header").value(true)
                .endObject();
        json.name("schema").beginObject();
        json.name("fields").beginArray();
        for (ContractSchema.Column column : table.columns()) {
            json.beginObject()
                    .field("name", column.name())
                    .field("type", column.type().label())
                    .field("description", column.description());
            if (!column.unit().isEmpty()) {
                json.field("unit", column.unit());
            }
            json.endObject();
        }
        json.endArray();
        json.name("missingValues").beginArray().value("").endArray();
        strings(json.name("primaryKey"), table.primaryKey());
        List<ContractSchema.ForeignKey> keys = table.foreignKeys().stream()
                .filter(k -> present.contains(k.table()))
                .toList();
        if (!keys.isEmpty()) {
            json.name("foreignKeys").beginArray();
            for (ContractSchema.ForeignKey key : keys) {
                strings(json.beginObject().name("fields"), key.fields());
                json.name("reference").beginObject().field("resource", key.table());
                strings(json.name("fields"), key.referenceFields());
                json.endObject().endObject();
            }
            json.endArray();
        }
        json.endObject();
        json.endObject();
    }

    private static void strings(JsonWriter json, List<String> values) throws IOException {
        json.beginArray();
        for (String value : values) {
            json.value(value);
        }
        json.endArray();
    }
}
