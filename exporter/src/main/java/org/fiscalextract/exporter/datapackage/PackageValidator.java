package org.fiscalextract.exporter.datapackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fiscalextract.exporter.ContractSchema;

/**
 * Checks an output folder against its datapackage.json, as a user or CI would before trusting
 * it: every described CSV has the declared header, every value parses as its declared type
 * (an empty value is a missing one), primary keys are unique and foreign keys resolve. It reads
 * the descriptor back rather than trusting {@link ContractSchema}, so it also catches a
 * descriptor that no longer fits the files.
 */
public final class PackageValidator {

    /**
     * One thing wrong, in words.
     *
     * @param file   the file, relative to the folder (facts.csv, datapackage.json)
     * @param row    the row, counting the header as row 1 as a spreadsheet does; 0 for the whole file
     * @param column the column or columns, empty when the problem is not about one
     */
    public record Problem(String file, long row, String column, String message) {
        @Override
        public String toString() {
            return file + (row > 0 ? ", row " + row : "") + (column.isEmpty() ? "" : ", column " + column) + ": "
                    + message;
        }
    }

    private PackageValidator() {
    }

    /** Every problem found in {@code outDir}, file by file in the descriptor's order; empty when all is well. */
    public static List<Problem> validate(Path outDir) throws IOException {
        Path descriptor = outDir.resolve(DataPackage.FILE_NAME);
        if (!Files.isRegularFile(descriptor)) {
            return List.of(new Problem(DataPackage.FILE_NAME, 0, "", "the folder has no " + DataPackage.FILE_NAME));
        }
        List<PackageDescriptor.Resource> resources;
        try {
            resources = PackageDescriptor.read(descriptor);
        } catch (IOException e) {
            return List.of(new Problem(DataPackage.FILE_NAME, 0, "", "cannot be used: " + e.getMessage()));
        }
        List<Problem> problems = new ArrayList<>(undescribed(outDir, resources));
        Map<String, PackageDescriptor.Resource> byName = new LinkedHashMap<>();
        resources.forEach(r -> byName.put(r.schema().name(), r));
        Map<ContractSchema.ForeignKey, Optional<ReferencedKeys>> targets = new HashMap<>();
        for (PackageDescriptor.Resource resource : resources) {
            if (!Files.isRegularFile(outDir.resolve(resource.path()))) {
                problems.add(new Problem(resource.path(), 0, "", "described in " + DataPackage.FILE_NAME
                        + " but not in the folder"));
                continue;
            }
            Map<ContractSchema.ForeignKey, ReferencedKeys> checkable = new LinkedHashMap<>();
            for (ContractSchema.ForeignKey key : resource.schema().foreignKeys()) {
                Optional<ReferencedKeys> held = targets.get(key);
                if (held == null) {
                    held = ReferencedKeys.collect(outDir, byName.get(key.table()), key.referenceFields());
                    targets.put(key, held);
                }
                held.ifPresent(values -> checkable.put(key, values));
            }
            problems.addAll(TableCheck.check(outDir, resource, checkable));
        }
        return problems;
    }

    /** Contract CSV files in the folder that the descriptor does not describe: a stale or hand-edited descriptor. */
    private static List<Problem> undescribed(Path outDir, List<PackageDescriptor.Resource> resources) {
        List<Problem> problems = new ArrayList<>();
        for (ContractSchema.Table table : ContractSchema.allTables()) {
            boolean described = resources.stream().anyMatch(r -> r.path().equals(table.file()));
            if (!described && Files.isRegularFile(outDir.resolve(table.file()))) {
                problems.add(new Problem(table.file(), 0, "", "in the folder but not described in "
                        + DataPackage.FILE_NAME));
            }
        }
        return problems;
    }
}
