package org.fiscalextract.exporter.datapackage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fiscalextract.exporter.ContractSchema;
import org.fiscalextract.exporter.datapackage.JsonValue.JsonArray;
import org.fiscalextract.exporter.datapackage.JsonValue.JsonObject;
import org.fiscalextract.exporter.datapackage.JsonValue.JsonString;

/**
 * A datapackage.json read back into the schema records the writers use, so the validator checks
 * the files against what the package says, not against what this version of the tool would
 * write. Only what the validator needs is read; a descriptor it cannot use is refused with
 * where and why.
 */
final class PackageDescriptor {

    /** One CSV file of the package: where it is, its columns and keys, and what stands for a missing value. */
    record Resource(String path, ContractSchema.Table schema, List<String> missingValues) {
        Resource {
            missingValues = List.copyOf(missingValues);
        }
    }

    private PackageDescriptor() {
    }

    static List<Resource> read(Path file) throws IOException {
        JsonValue root = JsonReader.read(Files.readString(file, StandardCharsets.UTF_8));
        JsonArray resources = array(object(root, "the descriptor").get("resources").orElseThrow(
                () -> new IOException("it has no \"resources\"")), "resources");
        List<Resource> result = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < resources.elements().size(); i++) {
            Resource resource = resource(object(resources.elements().get(i), "resources[" + i + "]"),
                    "resources[" + i + "]");
            if (!names.add(resource.schema().name())) {
                throw new IOException("two resources are named \"" + resource.schema().name() + "\"");
            }
            result.add(resource);
        }
        for (Resource resource : result) {
            for (ContractSchema.ForeignKey key : resource.schema().foreignKeys()) {
                Resource target = result.stream().filter(r -> r.schema().name().equals(key.table())).findFirst()
                        .orElseThrow(() -> new IOException(resource.schema().name() + ": a foreign key refers to"
                                + " resource \"" + key.table() + "\", which the package does not have"));
                requireFields(target.schema(), key.referenceFields(), "a foreign key of " + resource.schema().name());
            }
        }
        return result;
    }

    private static Resource resource(JsonObject r, String where) throws IOException {
        String name = string(r, "name", where);
        String path = string(r, "path", where);
        // a package's paths are relative and stay inside it (Data Package spec)
        if (path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains("..")) {
            throw new IOException(where + ": path \"" + path + "\" must be relative and inside the package folder");
        }
        JsonObject schema = object(r.get("schema").orElseThrow(() -> new IOException(where + " has no schema")),
                where + ".schema");
        JsonArray fieldList = array(schema.get("fields").orElseThrow(
                () -> new IOException(where + ".schema has no fields")), where + ".schema.fields");
        List<ContractSchema.Column> columns = new ArrayList<>();
        for (int i = 0; i < fieldList.elements().size(); i++) {
            columns.add(column(object(fieldList.elements().get(i), where + ".schema.fields[" + i + "]"),
                    where + ".schema.fields[" + i + "]"));
        }
        List<String> missingValues = schema.get("missingValues").isPresent()
                ? strings(schema.get("missingValues").get(), where + ".schema.missingValues")
                : List.of("");
        List<String> primaryKey = schema.get("primaryKey").isPresent()
                ? strings(schema.get("primaryKey").get(), where + ".schema.primaryKey")
                : List.of();
        List<ContractSchema.ForeignKey> foreignKeys = new ArrayList<>();
        if (schema.get("foreignKeys").isPresent()) {
            JsonArray keys = array(schema.get("foreignKeys").get(), where + ".schema.foreignKeys");
            for (int i = 0; i < keys.elements().size(); i++) {
                foreignKeys.add(foreignKey(object(keys.elements().get(i), where + ".schema.foreignKeys[" + i + "]"),
                        name, where + ".schema.foreignKeys[" + i + "]"));
            }
        }
        ContractSchema.Table table = new ContractSchema.Table(name, columns, primaryKey, foreignKeys);
        requireFields(table, primaryKey, where + ".schema.primaryKey");
        for (ContractSchema.ForeignKey key : foreignKeys) {
            requireFields(table, key.fields(), where + ".schema.foreignKeys");
        }
        return new Resource(path, table, missingValues);
    }

    private static ContractSchema.Column column(JsonObject f, String where) throws IOException {
        String name = string(f, "name", where);
        String type = f.get("type").isPresent() ? string(f, "type", where) : "string";
        ContractSchema.Type checked = null;
        for (ContractSchema.Type t : ContractSchema.Type.values()) {
            if (t.label().equals(type)) {
                checked = t;
            }
        }
        if (checked == null) {
            throw new IOException(where + " (" + name + "): type \"" + type + "\" is not one this validator checks"
                    + " (string, integer, number, year)");
        }
        String unit = f.get("unit").isPresent() ? string(f, "unit", where) : "";
        String description = f.get("description").isPresent() ? string(f, "description", where) : "";
        return new ContractSchema.Column(name, checked, unit, description);
    }

    private static ContractSchema.ForeignKey foreignKey(JsonObject k, String self, String where) throws IOException {
        List<String> fields = strings(k.get("fields").orElseThrow(() -> new IOException(where + " has no fields")),
                where + ".fields");
        JsonObject reference = object(k.get("reference").orElseThrow(
                () -> new IOException(where + " has no reference")), where + ".reference");
        String resource = string(reference, "resource", where + ".reference");
        List<String> referenceFields = strings(reference.get("fields").orElseThrow(
                () -> new IOException(where + ".reference has no fields")), where + ".reference.fields");
        if (fields.size() != referenceFields.size()) {
            throw new IOException(where + ": " + fields.size() + " fields refer to " + referenceFields.size());
        }
        // "" refers to the resource itself (Table Schema spec)
        return new ContractSchema.ForeignKey(fields, resource.isEmpty() ? self : resource, referenceFields);
    }

    private static void requireFields(ContractSchema.Table table, List<String> names, String where) throws IOException {
        for (String name : names) {
            if (table.column(name).isEmpty()) {
                throw new IOException(where + " names field \"" + name + "\", which " + table.name()
                        + " does not have");
            }
        }
    }

    private static JsonObject object(JsonValue v, String where) throws IOException {
        if (v instanceof JsonObject o) {
            return o;
        }
        throw new IOException(where + " is " + v.kind() + " where an object was expected");
    }

    private static JsonArray array(JsonValue v, String where) throws IOException {
        if (v instanceof JsonArray a) {
            return a;
        }
        throw new IOException(where + " is " + v.kind() + " where an array was expected");
    }

    private static String string(JsonObject o, String name, String where) throws IOException {
        JsonValue v = o.get(name).orElseThrow(() -> new IOException(where + " has no \"" + name + "\""));
        if (v instanceof JsonString s) {
            return s.value();
        }
        throw new IOException(where + "." + name + " is " + v.kind() + " where a string was expected");
    }

    /** A list of names; Table Schema also allows a single name written as a plain string. */
    private static List<String> strings(JsonValue v, String where) throws IOException {
        if (v instanceof JsonString s) {
            return List.of(s.value());
        }
        List<String> values = new ArrayList<>();
        for (JsonValue e : array(v, where).elements()) {
            if (!(e instanceof JsonString s)) {
                throw new IOException(where + " holds " + e.kind() + " where a string was expected");
            }
            values.add(s.value());
        }
        return values;
    }
}
