package org.fiscalextract.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.spark.input.PortableDataStream;
import org.fiscalextract.exporter.ContractRows;
import org.fiscalextract.model.document.ContentHash;
import org.fiscalextract.model.document.DocumentRecord;
import org.fiscalextract.model.report.Report;

/**
 * Runs on an executor, once per input file: copies the file to a local temporary folder under
 * its own name (format detection looks at the extension), hashes it for its doc_id, reads it
 * with the executor's pipeline under its source_path, and deletes the copy. Never throws for a
 * bad file: one that cannot even be copied gets a failed row, as the command line gives a file
 * it cannot open.
 */
final class FileExtraction {
    /** Most local file systems allow 255 bytes per name. */
    private static final int MAX_NAME_BYTES = 255;

    private FileExtraction() {
    }

    /**
     * @param relative the file's names inside the INPUT ({@link InputRoot#relative})
     */
    static FileResult extract(InputRoot root, List<String> relative, PortableDataStream stream, JobOptions options) {
        boolean timings = options.timings();
        long start = System.nanoTime();
        String sourcePath = root.sourcePath(relative);
        String name = relative.isEmpty() ? lastName(root.rootPath()) : relative.get(relative.size() - 1);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("fiscal-extract-");
            Path local = folder.resolve(localName(name));
            IOException unreadable = copy(stream, local);
            if (unreadable != null) {
                DocumentRecord record = DocumentRecord.unreadable(sourcePath, size(stream), unreadable,
                        timings ? millisSince(start) : -1);
                return new FileResult(relative, ContractRows.document(record), List.of(), List.of(), List.of());
            }
            ContentHash hash = ContentHash.of(local);
            Report report;
            try {
                report = Pipelines.get(options.readerConfig()).process(local, hash.docId(), sourcePath);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                report = Report.internalError(hash.docId(), e);
            }
            DocumentRecord record = report.record(hash).forFile(sourcePath, timings ? millisSince(start) : -1);
            return new FileResult(relative, ContractRows.document(record), ContractRows.facts(hash.docId(),
                    report.facts()), ContractRows.projects(hash.docId(), report.projects()),
                    ContractRows.findings(hash.docId(), report.findings()));
        } catch (IOException e) {
            // the executor's own disk failed, not the file: let Spark run the task elsewhere
            throw new UncheckedIOException("could not make a local copy of " + sourcePath, e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /**
     * Copies the input file to {@code local}. Returns why the input could not be read, or null
     * when it was copied; a failure to write the copy is thrown.
     */
    static IOException copy(PortableDataStream stream, Path local) throws IOException {
        try (OutputStream out = Files.newOutputStream(local)) {
            InputStream in;
            try {
                in = open(stream);
            } catch (IOException e) {
                return e;
            }
            try {
                byte[] buffer = new byte[1 << 16];
                while (true) {
                    int n;
                    try {
                        n = in.read(buffer);
                    } catch (IOException e) {
                        return e;
                    }
                    if (n < 0) {
                        return null;
                    }
                    out.write(buffer, 0, n);
                }
            } finally {
                closeQuietly(in);
            }
        }
    }

    /** Declares what Hadoop may throw (Scala declares nothing). */
    private static InputStream open(PortableDataStream stream) throws IOException {
        return stream.open();
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // everything was read
        }
    }

    /** The file's size as its file system lists it, or 0 when even that fails. */
    private static long size(PortableDataStream stream) {
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(stream.getPath());
            return path.getFileSystem(stream.getConfiguration()).getFileStatus(path).getLen();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * The name to copy a file to: its own, unless too long for a local file system (HDFS and S3
     * allow longer ones); then cut, keeping the extension the format detection looks at.
     */
    static String localName(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        StringBuilder cut = new StringBuilder();
        int bytes = extension.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < name.length() - extension.length(); ) {
            int cp = name.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + n > MAX_NAME_BYTES) {
                break;
            }
            cut.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return cut + extension;
    }

    private static String lastName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a temporary file left behind is the executor's local disk's to clear
        }
    }
}
