package org.fiscalextract.exporter;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file that appears complete or not at all: content goes to a temporary file beside the
 * target (same directory, so the final rename stays on one file system) and is moved over the
 * target in one atomic step by {@link #commit()}. Closing without committing deletes the
 * temporary file and leaves any earlier target untouched.
 *
 * <p>No fsync: the goal is that readers and later runs never see half a file, not durability
 * across a power cut, which would cost a disk flush per text file on large runs.
 *
 * <pre>{@code
 * try (AtomicFile file = AtomicFile.create(target)) {
 *     file.writer().write(...);
 *     file.commit();
 * }
 * }</pre>
 */
public final class AtomicFile implements AutoCloseable {
    /** Temporary files start with this, so they are hidden and easy to recognise as debris. */
    private static final String TEMP_PREFIX = ".fiscal-extract-";
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private final Writer writer;
    private boolean done;

    private AtomicFile(Path target, Path temp, OutputStream stream) {
        this.target = target;
        this.temp = temp;
        this.stream = stream;
        this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Opens a temporary file in the target's directory, which must exist. */
    public static AtomicFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        for (int attempt = 0; ; attempt++) {
            // not Files.createTempFile: its files are private (0600), and the result is to be shared
            Path temp = tempName(absolute);
            OutputStream out;
            try {
                out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw e;
            }
            return new AtomicFile(absolute, temp, new BufferedOutputStream(out, 1 << 16));
        }
    }

    /**
     * A new name for a temporary file beside {@code absoluteTarget}, of the form
     * {@link #removeTempFiles} clears after an interrupted run (for writers that must make the
     * file themselves, as SQLite does).
     */
    public static Path tempName(Path absoluteTarget) {
        return absoluteTarget.getParent().resolve(TEMP_PREFIX + absoluteTarget.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + TEMP_SUFFIX);
    }

    /** Writes the whole content as UTF-8, replacing the target atomically. */
    public static void write(Path target, CharSequence content) throws IOException {
        try (AtomicFile file = create(target)) {
            file.writer().append(content);
            file.commit();
        }
    }

    public static boolean isTempFile(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
    }

    /** Deletes temporary files an interrupted run left in this directory; returns how many. */
    public static int removeTempFiles(Path dir) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    /** UTF-8 writer into the temporary file. */
    public Writer writer() {
        return writer;
    }

    /**
     * Byte stream into the temporary file, for content that is not text (a workbook). Use it or
     * {@link #writer()}, not both: the writer buffers ahead of the stream.
     */
    public OutputStream stream() {
        return stream;
    }

    public Path target() {
        return target;
    }

    /** Finishes the content and puts it in place of the target. */
    public void commit() throws IOException {
        if (done) {
            throw new IllegalStateException("already committed or closed: " + target);
        }
        done = true;
        try {
            writer.close();
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Discards the content unless it was committed. */
    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        done = true;
        try {
            writer.close();
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
