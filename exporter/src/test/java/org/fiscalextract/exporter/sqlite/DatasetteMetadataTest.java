package org.fiscalextract.exporter.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetteMetadataTest {
    @TempDir
    Path dir;

    @Test
    void describesEveryTableAndViewUnderTheDatabaseName() throws IOException {
        Path sqlite = dir.resolve("facts.sqlite");
        SqliteWriter.write(Path.of("src/test/resources/run"), sqlite);
        Path json = dir.resolve("facts.metadata.json");
        DatasetteMetadata.write(sqlite, json);
        String text = Files.readString(json, StandardCharsets.UTF_8);

        assertTrue(text.startsWith("{\n  \"databases\": {\n    \"facts\": {\n      \"description\": "), text);
        Matcher tables = Pattern.compile("\n {8}\"([a-z_]+)\": \\{").matcher(text);
        List<String> names = tables.results().map(m -> m.group(1)).toList();
        assertEquals(List.of("documents", "document_ids", "facts", "projects", "findings", "comparison", "divisions",
                "document_figures", "_columns"), names);
        assertTrue(text.contains("\"value_wan\": \"An amount in 万元 (ten thousand yuan); empty for other kinds."
                + " Unit: 万元.\""), text);
        assertTrue(text.contains("\"funds_yuan_exact\": \"funds_yuan exactly as projects.csv writes it"), text);
        assertTrue(text.contains("\"description\": \"" + DocumentFiguresView.DESCRIPTION + "\""), text);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(json, sqlite), files.sorted().toList());
        }
    }

    @Test
    void aMissingDatabaseIsNotCreated() {
        Path sqlite = dir.resolve("facts.sqlite");
        assertThrows(NoSuchFileException.class, () -> DatasetteMetadata.write(sqlite, dir.resolve("m.json")));
        assertTrue(Files.notExists(sqlite));
    }
}
