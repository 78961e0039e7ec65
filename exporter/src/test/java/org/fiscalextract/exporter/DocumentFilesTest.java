package org.fiscalextract.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.fiscalextract.model.document.DocumentMetadata;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.SourceFormat;
import org.fiscalextract.model.document.SourceMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFilesTest {
    @TempDir
    Path out;

    @Test
    void removesOnlyItsOwnStaleFilesAndTempDebris() throws IOException {
        Path folder = Files.createDirectories(DocumentFiles.TEXT.folder(out));
        Files.writeString(folder.resolve("0123456789abcdef.txt"), "kept");
        Files.writeString(folder.resolve("fedcba9876543210.txt"), "stale");
        Files.writeString(folder.resolve(".fiscal-extract-0123456789abcdef.txt.123.tmp"), "debris");
        Files.writeString(folder.resolve("notes.txt"), "the user's own file");

        assertEquals(2, DocumentFiles.TEXT.removeOthers(out, Set.of("0123456789abcdef")::contains));

        assertTrue(Files.exists(folder.resolve("0123456789abcdef.txt")));
        assertFalse(Files.exists(folder.resolve("fedcba9876543210.txt")));
        assertTrue(Files.exists(folder.resolve("notes.txt")));
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void noTextFolderIsNothingToRemove() throws IOException {
        assertEquals(0, DocumentFiles.TEXT.removeOthers(out, docId -> false));
    }

    @Test
    void writesTheCanonicalTextExactly() throws IOException {
        Files.createDirectories(DocumentFiles.TEXT.folder(out));
        String text = "项目\t金额\n合计\t1302.76万元\n";
        ParsedDocument document = new ParsedDocument("0123456789abcdef", SourceFormat.TXT, DocumentMetadata.NONE,
                text, List.of(), List.of(), List.of(), SourceMap.identity(text), List.of());
        DocumentFiles.TEXT.write(out, document.docId(), document.text());
        assertEquals(text, Files.readString(DocumentFiles.TEXT.path(out, "0123456789abcdef"), StandardCharsets.UTF_8));
    }
}
