package org.fiscalextract.exporter.datapackage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fiscalextract.exporter.ContractCsv;

/**
 * The values a foreign key may take: every non-empty combination of the referenced fields in the
 * target file (documents.doc_id, divisions.code). Held in memory; the targets are the small
 * tables of a run.
 *
 * @param file the target file, as the descriptor names it
 */
record ReferencedKeys(String file, Set<List<String>> values) {

    /**
     * The key values {@code target} holds in {@code fields}; empty when the file cannot be read as
     * declared (absent, wrong header, bad bytes), which its own check reports.
     */
    static Optional<ReferencedKeys> collect(Path dir, PackageDescriptor.Resource target, List<String> fields)
            throws IOException {
        Path file = dir.resolve(target.path());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> header = target.schema().header();
        Set<List<String>> keys = new HashSet<>();
        try (CSVParser parser = ContractCsv.parser(file)) {
            var records = parser.iterator();
            if (!records.hasNext() || !records.next().toList().equals(header)) {
                return Optional.empty();
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() != header.size()) {
                    continue;
                }
                List<String> key = new ArrayList<>(fields.size());
                for (String field : fields) {
                    key.add(record.get(header.indexOf(field)));
                }
                if (!key.stream().allMatch(target.missingValues()::contains)) {
                    keys.add(key);
                }
            }
        } catch (UncheckedIOException e) {
            return whenUnreadable(e.getCause());
        } catch (CharacterCodingException | CSVException e) {
            return whenUnreadable(e);
        }
        return Optional.of(new ReferencedKeys(target.path(), keys));
    }

    /** Bad bytes or quoting leave the key unchecked (the file's own check says why); a failing disk is thrown. */
    private static Optional<ReferencedKeys> whenUnreadable(IOException e) throws IOException {
        if (e instanceof CharacterCodingException || e instanceof CSVException) {
            return Optional.empty();
        }
        throw e;
    }
}
