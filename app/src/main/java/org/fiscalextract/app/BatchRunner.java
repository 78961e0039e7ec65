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
import org.fiscalextract.exporter.DocumentFiles;
import org.fiscalextract.exporter.DocumentJson;
import org.fiscalextract.exporter.FactsCsv;
import org.fiscalextract.model.document.DocumentFacts;
import org.fiscalextract.model.document.DocumentRecord;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.ReadProblem;
import org.fiscalextract.model.document.ReadStatus;
import org.fiscalextract.model.document.SourceFormat;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.report.Report;

/**
 * Reads a list of files on several threads and writes the output folder: {@code text/<doc_id>.txt}
 * and {@code json/<doc_id>.json} as each document is done, {@code documents.csv} and
 * {@code facts.csv} in input order, each put in place only when every row is written. Identical
 * files are read once; all get a row in documents.csv, their facts are written once.
 *
 * <p>Only a bounded window of files is in flight: results are written in input order as soon as
 * the oldest one is done, so memory stays flat however many files there are.
 */
final class BatchRunner {
    static final String DOCUMENTS_CSV = "documents.csv";
    static final String FACTS_CSV = "facts.csv";

    /** Told about every finished file, from worker threads, in completion order. */
    interface Progress {
        Progress NONE = status -> {
        };

        void fileDone(ReadStatus status);
    }

    /** What processing one content gave, kept small so duplicates can copy it. */
    private record Outcome(ReadStatus status, String format, String message, String errorCode,
                           DocumentFacts about, int facts) {
        static Outcome of(Report r) {
            ReadOutcome o = r.outcome();
            return new Outcome(o.status(), o.format().label(), o.message(),
                    o.problem().map(ReadProblem::code).orElse(""), r.documentFacts(), r.facts().size());
        }
    }

    /** A finished file: its documents.csv row, and its facts when this is the first file with that content. */
    private record Done(DocumentRecord record, List<Fact> facts) {
    }

    private final BiFunction<Path, String, Report> pipeline;
    private final int threads;
    private final Path outDir;
    private final Progress progress;
    private final Map<String, CompletableFuture<Outcome>> bySha256 = new ConcurrentHashMap<>();
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    /**
     * @param pipeline processes one file given its doc_id; must be thread-safe and not throw for a bad file
     */
    BatchRunner(BiFunction<Path, String, Report> pipeline, int threads, Path outDir, Progress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.pipeline = pipeline;
        this.threads = threads;
        this.outDir = outDir;
        this.progress = progress;
    }

    /**
     * Reads every file and writes the output folder.
     *
     * @throws IOException when the output cannot be written; earlier CSV files stay as they were
     */
    RunSummary run(List<InputFile> files, RunSummary summary) throws IOException {
        Files.createDirectories(DocumentFiles.TEXT.folder(outDir));
        Files.createDirectories(DocumentFiles.JSON.folder(outDir));
        int window = Math.max(256, threads * 32);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fiscal-extract-worker-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try (AtomicFile documentsFile = AtomicFile.create(outDir.resolve(DOCUMENTS_CSV));
             AtomicFile factsFile = AtomicFile.create(outDir.resolve(FACTS_CSV))) {
            DocumentsCsv documents = DocumentsCsv.start(documentsFile.writer());
            FactsCsv facts = FactsCsv.start(factsFile.writer());
            Deque<Future<Done>> inFlight = new ArrayDeque<>();
            for (InputFile file : files) {
                if (inFlight.size() >= window) {
                    writeRows(inFlight.removeFirst(), documents, facts, summary);
                }
                inFlight.addLast(pool.submit(() -> process(file)));
            }
            while (!inFlight.isEmpty()) {
                writeRows(inFlight.removeFirst(), documents, facts, summary);
            }
            documents.flush();
            facts.flush();
            factsFile.commit();
            documentsFile.commit();
        } finally {
            pool.shutdownNow();
        }
        // what an earlier run over other inputs left behind would not match documents.csv
        DocumentFiles.TEXT.removeOthers(outDir, written);
        DocumentFiles.JSON.removeOthers(outDir, written);
        AtomicFile.removeTempFiles(outDir);
        return summary;
    }

    private static void writeRows(Future<Done> result, DocumentsCsv documents, FactsCsv facts, RunSummary summary)
            throws IOException {
        Done done;
        try {
            done = result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            throw asIOException(e.getCause());
        }
        documents.row(done.record());
        facts.rows(done.record().docId(), done.facts());
        summary.add(done.record());
    }

    private Done process(InputFile file) throws IOException {
        long start = System.nanoTime();
        ContentHash hash;
        try {
            hash = ContentHash.of(file.path());
        } catch (IOException e) {
            progress.fileDone(ReadStatus.FAILED);
            return new Done(unreadable(file, e, millisSince(start)), List.of());
        }
        Outcome outcome;
        List<Fact> facts = List.of();
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        CompletableFuture<Outcome> first = bySha256.putIfAbsent(hash.sha256(), mine);
        if (first == null) {
            try {
                Report report = processAndSave(file.path(), hash.docId());
                outcome = Outcome.of(report);
                facts = report.facts();
                mine.complete(outcome);
            } catch (IOException | RuntimeException | Error e) {
                mine.completeExceptionally(e);
                throw e;
            }
        } else {
            // the same content is being processed by another worker, which is already running
            try {
                outcome = first.join();
            } catch (CompletionException e) {
                throw asIOException(e.getCause());
            }
        }
        progress.fileDone(outcome.status());
        DocumentFacts about = outcome.about();
        return new Done(new DocumentRecord(hash.docId(), file.sourcePath(), outcome.format(), hash.bytes(),
                hash.sha256(), outcome.status(), outcome.message(), about.region(), about.regionCode(),
                about.province(), about.prefecture(), about.department(), about.fiscalYear(), about.docKind(),
                outcome.facts(), 0, millisSince(start), outcome.errorCode()), facts);
    }

    private Report processAndSave(Path path, String docId) throws IOException {
        Report report;
        try {
            report = pipeline.apply(path, docId);
        } catch (RuntimeException e) {
            // the pipeline promises not to throw; if it does, one file fails, not the run
            report = Report.withoutFacts(docId, ReadOutcome.failed(SourceFormat.UNKNOWN, ReadProblem.PARSER_ERROR,
                    "internal error while reading: " + e));
        }
        if (report.outcome().document().isPresent()) {
            DocumentFiles.TEXT.write(outDir, docId, report.outcome().document().get().text());
        }
        StringBuilder json = new StringBuilder();
        DocumentJson.write(json, report);
        DocumentFiles.JSON.write(outDir, docId, json);
        written.add(docId);
        return report;
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
