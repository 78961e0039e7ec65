package org.fiscalextract.extractor.link;

import org.fiscalextract.extractor.data.DataFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The controlled vocabulary: label wordings to canonical keys (上级财政下达 → upper_level_funds),
 * so the same field means the same thing in every county's output. Rows are tried in order;
 * a user's rows ({@code --vocabulary FILE}) come before the built-in ones.
 */
public final class Vocabulary {
    /** One row: facts of {@code kind} whose label matches {@code pattern} get {@code canonical}. */
    record Entry(String canonical, String kind, Pattern pattern) {
    }

    private final List<Entry> entries;

    private Vocabulary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The built-in vocabulary ({@code vocabulary.tsv}). */
    public static Vocabulary standard() {
        return new Vocabulary(entries(DataFile.table(FactExtractor.class, "vocabulary.tsv").rows(3), "vocabulary.tsv"));
    }

    /** The user's rows from {@code file} first, then the built-in ones. */
    public static Vocabulary withUserFile(Path file) throws IOException {
        List<String[]> rows = DataFile.table(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8)).rows(3);
        List<Entry> all = new ArrayList<>(entries(rows, file.toString()));
        all.addAll(standard().entries);
        return new Vocabulary(all);
    }

    /** The canonical key of a {@code kind} fact labelled {@code label}, or empty. */
    public String canonical(String kind, String label) {
        if (label.isEmpty() && !kind.equals("grade")) {
            return "";
        }
        for (Entry e : entries) {
            if (e.kind().equals(kind) && e.pattern().matcher(label).find()) {
                return e.canonical();
            }
        }
        return "";
    }

    private static List<Entry> entries(List<String[]> rows, String where) {
        List<Entry> entries = new ArrayList<>();
        for (String[] row : rows) {
            try {
                entries.add(new Entry(row[0].trim(), row[1].trim(), Pattern.compile(row[2].trim())));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(where + ": bad pattern for " + row[0] + ": " + e.getDescription(), e);
            }
        }
        return entries;
    }
}
