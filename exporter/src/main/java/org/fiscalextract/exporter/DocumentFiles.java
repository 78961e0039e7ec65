package org.fiscalextract.exporter;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;

import org.fiscalextract.model.document.ParsedDocument;

/**
 * The {@code text/<doc_id>.txt} files: each document's canonical text exactly as offsets count
 * it (UTF-8, {@code \n} line ends, no byte-order mark), so {@code text.substring(start, end)}
 * in any language gives the quoted text.
 */
public final class TextFiles {
    public static final String FOLDER = "text";
    private static final Pattern OWN_FILE = Pattern.compile("[0-9a-f]{16}\\.txt");

    private TextFiles() {
    }

    public static Path folder(Path outDir) {
        return outDir.resolve(FOLDER);
    }

    public static Path path(Path outDir, String docId) {
        return folder(outDir).resolve(docId + ".txt");
    }

    /** Writes one document's text atomically; the text folder must exist. */
    public static void write(Path outDir, ParsedDocument document) throws IOException {
        AtomicFile.write(path(outDir, document.docId()), document.text());
    }

    /**
     * Deletes text files this tool wrote for documents that are not in {@code keep} (left from an
     * earlier run over other inputs) and temporary files left by an interrupted run. Files it
     * did not name itself are left alone. Returns how many files were deleted.
     */
    public static int removeOthers(Path outDir, Set<String> keep) throws IOException {
        Path folder = folder(outDir);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = AtomicFile.removeTempFiles(folder);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.txt")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean stale = OWN_FILE.matcher(name).matches() && !keep.contains(name.substring(0, 16));
                if (stale && Files.isRegularFile(file) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }
}
