package org.fiscalextract.app;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import org.fiscalextract.exporter.AtomicFile;
import org.fiscalextract.exporter.DocumentsCsv;
import org.fiscalextract.exporter.TextFiles;
import org.fiscalextract.model.document.DocumentRecord;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.ReadProblem;
import org.fiscalextract.model.document.ReadStatus;
import org.fiscalextract.model.document.SourceFormat;

/**
 * Reads a list of files on several threads and writes the output folder: {@code text/<doc_id>.txt}
 * as each document is read, {@code documents.csv} in input order, put in place only when every
 * row is written. Identical files are read once and all get a row.
 *
 * <p>Only a bounded window of files is in flight: results are written in input order as soon as
 * the oldest one is done, so memory stays flat however many files there are.
 */
final class BatchRunner {
    static final String DOCUMENTS_CSV = "documents.csv";

    /** Told about every finished file, from worker threads, in completion order. */
    interface Progress {
        Progress NONE = status -> {
        };

        void fileDone(ReadStatus status);
    }

    /** What reading one content gave, kept small so duplicates can copy it. */
    private record Outcome(ReadStatus status, String format, String message, String errorCode) {
        static Outcome of(ReadOutcome o) {
            return new Outcome(o.status(), o.format().label(), o.message(),
                    o.problem().map(ReadProblem::code).orElse(""));
        }
    }

    private final BiFunction<Path, String, ReadOutcome> reader;
    private final int threads;
    private final Path outDir;
    private final Progress progress;
    private final Map<String, CompletableFuture<Outcome>> bySha256 = new ConcurrentHashMap<>();
    private final Set<String> textIds = ConcurrentHashMap.newKeySet();

    /**
     * @param reader reads one file given its doc_id; must be thread-safe and not throw for a bad file
     */
    BatchRunner(BiFunction<Path, String, ReadOutcome> reader, int threads, Path outDir, Progress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.reader = reader;
        this.threads = threads;
        this.outDir = outDir;
        this.progress = progress;
    }

    /**
     * Reads every file and writes the output folder.
     *
     * @throws IOException when the output cannot be written; an earlier documents.csv stays as it was
     */
    RunSummary run(List<InputFile> files, RunSummary summary) throws IOException {
        Files.createDirectories(TextFiles.folder(outDir));
        int window = Math.max(256, threads * 32);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fiscal-extract-worker-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try (AtomicFile csvFile = AtomicFile.create(outDir.resolve(DOCUMENTS_CSV))) {
            DocumentsCsv csv = DocumentsCsv.start(csvFile.writer());
            Deque<Future<DocumentRecord>> inFlight = new ArrayDeque<>();
            for (InputFile file : files) {
                if (inFlight.size() >= window) {
                    writeRow(inFlight.removeFirst(), csv, summary);
                }
                inFlight.addLast(pool.submit(() -> process(file)));
            }
            while (!inFlight.isEmpty()) {
                writeRow(inFlight.removeFirst(), csv, summary);
            }
            csv.flush();
            csvFile.commit();
        } finally {
            pool.shutdownNow();
        }
        // what an earlier run over other inputs left behind would not match documents.csv
        TextFiles.removeOthers(outDir, textIds);
        AtomicFile.removeTempFiles(outDir);
        return summary;
    }

    private static void writeRow(Future<DocumentRecord> result, DocumentsCsv csv, RunSummary summary)
            throws IOException {
        DocumentRecord record;
        try {
            record = result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            throw asIOException(e.getCause());
        }
        csv.row(record);
        summary.add(record);
    }

    private DocumentRecord process(InputFile file) throws IOException {
        long start = System.nanoTime();
        ContentHash hash;
        try {
            hash = ContentHash.of(file.path());
        } catch (IOException e) {
            progress.fileDone(ReadStatus.FAILED);
            return unreadable(file, e, millisSince(start));
        }
        Outcome outcome;
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        CompletableFuture<Outcome> first = bySha256.putIfAbsent(hash.sha256(), mine);
        if (first == null) {
            try {
                outcome = readAndSaveText(file.path(), hash.docId());
                mine.complete(outcome);
            } catch (IOException | RuntimeException | Error e) {
                mine.completeExceptionally(e);
                throw e;
            }
        } else {
            // the same content is being read by another worker, which is already running
            try {
                outcome = first.join();
            } catch (CompletionException e) {
                throw asIOException(e.getCause());
            }
        }
        progress.fileDone(outcome.status());
        return new DocumentRecord(hash.docId(), file.sourcePath(), outcome.format(), hash.bytes(), hash.sha256(),
                outcome.status(), outcome.message(), "", "", "", "", "", "", "", 0, 0, millisSince(start),
                outcome.errorCode());
    }

    private Outcome readAndSaveText(Path path, String docId) throws IOException {
        ReadOutcome read;
        try {
            read = reader.apply(path, docId);
        } catch (RuntimeException e) {
            // the reader promises not to throw; if it does, one file fails, not the run
            read = ReadOutcome.failed(SourceFormat.UNKNOWN, ReadProblem.PARSER_ERROR,
                    "internal error while reading: " + e);
        }
        if (read.document().isPresent()) {
            TextFiles.write(outDir, read.document().get());
            textIds.add(docId);
        }
        return Outcome.of(read);
    }

    private static DocumentRecord unreadable(InputFile file, IOException e, long millis) {
        long bytes;
        try {
            bytes = Files.size(file.path());
        } catch (IOException ignored) {
            bytes = 0;
        }
        String message = e instanceof NoSuchFileException
                ? "file disappeared before it could be read"
                : "could not open the file: " + InputCollector.reason(e);
        return new DocumentRecord("", file.sourcePath(), SourceFormat.UNKNOWN.label(), bytes, "", ReadStatus.FAILED,
                message, "", "", "", "", "", "", "", 0, 0, millis, ReadProblem.IO_ERROR.code());
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static IOException asIOException(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}
