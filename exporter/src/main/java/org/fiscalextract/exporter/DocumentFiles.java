package org.fiscalextract.exporter;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A folder of one file per document, named by doc_id: {@code text/<doc_id>.txt} (the canonical
 * text exactly as offsets count it: UTF-8, {@code \n} line ends, no byte-order mark, so
 * {@code text.substring(start, end)} in any language gives the quoted text) and
 * {@code json/<doc_id>.json}. Every file is written atomically.
 */
public final class DocumentFiles {
    public static final DocumentFiles TEXT = new DocumentFiles("text", ".txt");
    public static final DocumentFiles JSON = new DocumentFiles("json", ".json");

    private final String folderName;
    private final String extension;
    private final Pattern ownFile;

    private DocumentFiles(String folderName, String extension) {
        this.folderName = folderName;
        this.extension = extension;
        this.ownFile = Pattern.compile("[0-9a-f]{16}" + Pattern.quote(extension));
    }

    public Path folder(Path outDir) {
        return outDir.resolve(folderName);
    }

    public Path path(Path outDir, String docId) {
        return folder(outDir).resolve(docId + extension);
    }

    /** Writes one document's file atomically; the folder must exist. */
    public void write(Path outDir, String docId, CharSequence content) throws IOException {
        AtomicFile.write(path(outDir, docId), content.toString());
    }

    /**
     * Deletes files this tool wrote for documents whose doc_id {@code keep} refuses (left from an
     * earlier run over other inputs) and temporary files left by an interrupted run. Files it
     * did not name itself are left alone. Returns how many files were deleted.
     */
    public int removeOthers(Path outDir, Predicate<String> keep) throws IOException {
        Path folder = folder(outDir);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = AtomicFile.removeTempFiles(folder);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + extension)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean stale = ownFile.matcher(name).matches() && !keep.test(name.substring(0, 16));
                if (stale && Files.isRegularFile(file) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }
}
