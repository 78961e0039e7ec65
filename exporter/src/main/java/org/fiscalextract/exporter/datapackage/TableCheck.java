package org.fiscalextract.exporter.datapackage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fiscalextract.exporter.ContractCsv;
import org.fiscalextract.exporter.ContractSchema;
import org.fiscalextract.exporter.datapackage.PackageValidator.Problem;

/**
 * Checks one CSV file against its resource in datapackage.json: the header, every value's type,
 * the primary key and the foreign keys. Rows are numbered as a spreadsheet shows them, the
 * header being row 1. A file with the wrong header is not checked further, since every row would
 * then be wrong in the same way.
 */
final class TableCheck {
    /** Problems listed per file; past this they are counted, so a wholly wrong file stays readable. */
    static final int LISTED_PER_FILE = 100;

    private final PackageDescriptor.Resource resource;
    private final ContractSchema.Table schema;
    private final List<String> header;
    private final Map<ContractSchema.ForeignKey, ReferencedKeys> targets;
    private final Map<List<String>, Long> keysSeen = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private long unlisted;

    private TableCheck(PackageDescriptor.Resource resource, Map<ContractSchema.ForeignKey, ReferencedKeys> targets) {
        this.resource = resource;
        this.schema = resource.schema();
        this.header = schema.header();
        this.targets = targets;
    }

    /**
     * @param targets for each foreign key of the resource that can be checked, the key values its
     *                target holds; a key whose target could not be read is left out
     */
    static List<Problem> check(Path dir, PackageDescriptor.Resource resource,
                               Map<ContractSchema.ForeignKey, ReferencedKeys> targets) throws IOException {
        TableCheck check = new TableCheck(resource, targets);
        check.run(dir.resolve(resource.path()));
        if (check.unlisted > 0) {
            check.problems.add(new Problem(resource.path(), 0, "", check.unlisted + " more problems in this file,"
                    + " not listed (the first " + LISTED_PER_FILE + " are)"));
        }
        return check.problems;
    }

    private void run(Path file) throws IOException {
        long row = 0;
        try (CSVParser parser = ContractCsv.parser(file)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                report(0, "", "the file is empty: a header row is expected");
                return;
            }
            if (!headerMatches(records.next().toList())) {
                return;
            }
            row = 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                row = record.getRecordNumber();
                checkRow(row, record.toList());
            }
        } catch (UncheckedIOException e) {
            reportUnreadable(e.getCause(), row);
        } catch (CharacterCodingException | CSVException e) {
            reportUnreadable(e, row);
        }
    }

    private boolean headerMatches(List<String> found) {
        if (found.equals(header)) {
            return true;
        }
        boolean named = false;
        for (String name : header) {
            if (!found.contains(name)) {
                report(1, name, "column " + name + " is declared in datapackage.json but missing from the header");
                named = true;
            }
        }
        for (String name : new LinkedHashSet<>(found)) {
            if (!header.contains(name)) {
                report(1, name, "column " + name + " is in the header but not declared in datapackage.json");
                named = true;
            } else if (found.indexOf(name) != found.lastIndexOf(name)) {
                report(1, name, "column " + name + " appears more than once in the header");
                named = true;
            }
        }
        if (!named) {
            report(1, "", "the columns are not in the declared order: the header has " + String.join(",", found)
                    + "; datapackage.json declares " + String.join(",", header));
        }
        return false;
    }

    private void checkRow(long row, List<String> values) {
        if (values.size() != header.size()) {
            report(row, "", values.size() + " values where the header has " + header.size() + " columns");
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            ContractSchema.Column column = schema.columns().get(i);
            String value = values.get(i);
            if (!isMissing(value)) {
                ValueFormat.problem(column.type(), value).ifPresent(why -> report(row, column.name(), why));
            }
        }
        checkPrimaryKey(row, values);
        for (Map.Entry<ContractSchema.ForeignKey, ReferencedKeys> target : targets.entrySet()) {
            checkForeignKey(row, values, target.getKey(), target.getValue());
        }
    }

    private void checkPrimaryKey(long row, List<String> values) {
        if (schema.primaryKey().isEmpty()) {
            return;
        }
        List<String> key = valuesOf(schema.primaryKey(), values);
        String columns = String.join(", ", schema.primaryKey());
        if (key.stream().allMatch(this::isMissing)) {
            report(row, columns, "the primary key " + names(schema.primaryKey()) + " is empty");
            return;
        }
        Long first = keysSeen.putIfAbsent(key, row);
        if (first != null) {
            report(row, columns, "the primary key " + names(schema.primaryKey()) + " " + shown(key)
                    + " is also in row " + first + "; each row must have its own");
        }
    }

    private void checkForeignKey(long row, List<String> values, ContractSchema.ForeignKey key, ReferencedKeys target) {
        List<String> value = valuesOf(key.fields(), values);
        // an empty reference means "not known", which is allowed
        if (value.stream().allMatch(this::isMissing) || target.values().contains(value)) {
            return;
        }
        report(row, String.join(", ", key.fields()), names(key.fields()) + " " + shown(value) + " is not a "
                + names(key.referenceFields()) + " in " + target.file());
    }

    private List<String> valuesOf(List<String> names, List<String> values) {
        List<String> picked = new ArrayList<>(names.size());
        for (String name : names) {
            picked.add(values.get(header.indexOf(name)));
        }
        return picked;
    }

    private boolean isMissing(String value) {
        return resource.missingValues().contains(value);
    }

    private static String names(List<String> fields) {
        return fields.size() == 1 ? fields.get(0) : "(" + String.join(", ", fields) + ")";
    }

    private static String shown(List<String> values) {
        List<String> quoted = values.stream().map(v -> "\"" + v + "\"").toList();
        return quoted.size() == 1 ? quoted.get(0) : "(" + String.join(", ", quoted) + ")";
    }

    /** Bad bytes or broken quoting end a file's check with one problem; a failing disk is thrown, not reported. */
    private void reportUnreadable(IOException e, long lastRow) throws IOException {
        // the decoder reads ahead, so the bad bytes are somewhere after the last row read, not at it
        if (e instanceof CharacterCodingException) {
            report(0, "", "the file is not valid UTF-8 somewhere after row " + lastRow
                    + "; the rows after that were not checked");
        } else if (e instanceof CSVException) {
            report(0, "", "the file cannot be read as CSV after row " + lastRow + " (" + e.getMessage()
                    + "); the rows after that were not checked");
        } else {
            throw e;
        }
    }

    private void report(long row, String column, String message) {
        if (problems.size() < LISTED_PER_FILE) {
            problems.add(new Problem(resource.path(), row, column, message));
        } else {
            unlisted++;
        }
    }
}
