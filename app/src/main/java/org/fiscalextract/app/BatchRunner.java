package org.fiscalextract.app;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import org.fiscalextract.model.document.ContentHash;
import org.fiscalextract.exporter.AtomicFile;
import org.fiscalextract.exporter.DocumentsCsv;
import org.fiscalextract.exporter.DocumentFiles;
import org.fiscalextract.exporter.DocumentJson;
import org.fiscalextract.exporter.FactsCsv;
import org.fiscalextract.exporter.FactsJsonl;
import org.fiscalextract.exporter.FindingsCsv;
import org.fiscalextract.exporter.ProjectsCsv;
import org.fiscalextract.model.check.EvaluatedProject;
import org.fiscalextract.model.check.Finding;
import org.fiscalextract.model.document.DocumentRecord;
import org.fiscalextract.model.document.ReadStatus;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.report.Report;

/**
 * Reads a list of files on several threads and writes the output folder: {@code text/<doc_id>.txt}
 * and {@code json/<doc_id>.json} as each document is done, {@code documents.csv},
 * {@code facts.csv}, {@code projects.csv} and {@code findings.csv} in input order, each put in
 * place only when every row is written. Identical files are read once; all get a row in
 * documents.csv, their facts, projects and findings are written once. documents.csv's
 * {@code findings} column counts the document's rows in findings.csv, whatever their severity,
 * as {@code facts} counts its rows in facts.csv.
 *
 * <p>Only a bounded window of files is in flight: results are written in input order as soon as
 * the oldest one is done, so memory stays flat however many files there are. What a later copy
 * needs of each content (its documents.csv row) waits in a {@link ContentIndex} on disk, 16 bytes
 * a content in memory.
 */
final class BatchRunner {
    static final String DOCUMENTS_CSV = "documents.csv";
    static final String FACTS_CSV = "facts.csv";
    static final String FINDINGS_CSV = "findings.csv";
    static final String PROJECTS_CSV = "projects.csv";
    static final String FACTS_JSONL = "facts.jsonl";

    /** Told about every finished file, from worker threads, in completion order. */
    interface Progress {
        Progress NONE = status -> {
        };

        void fileDone(ReadStatus status);
    }

    /**
     * A finished file: its documents.csv row; and, when it is the first file with its content in
     * input order (the one that read it; copies list the rows once, under the same doc_id), the
     * rows it carries, or {@code copyRows} when they are the previous run's.
     */
    private record Done(DocumentRecord record, InputFile file, Rows rows, boolean copyRows) {
        static Done withoutRows(DocumentRecord record) {
            return new Done(record, null, null, false);
        }
    }

    /**
     * What a finished document adds to facts.csv, projects.csv and findings.csv: all that waits
     * for the files before it to be written, not its text and tables (written already), so the
     * files done ahead of a slow one hold little.
     */
    private record Rows(List<Fact> facts, List<EvaluatedProject> projects, List<Finding> findings) {
        static Rows of(Report report) {
            return new Rows(report.facts(), report.projects(), report.findings());
        }
    }

    /** The CSV files (and facts.jsonl) written in input order, one row group per finished file. */
    private record Tables(DocumentsCsv documents, FactsCsv facts, ProjectsCsv projects, FindingsCsv findings,
                          FactsJsonl factsJsonl) implements PreviousRun.Sink {
        @Override
        public void facts(List<String> row) throws IOException {
            facts.copy(row);
        }

        @Override
        public void projects(List<String> row) throws IOException {
            projects.copy(row);
        }

        @Override
        public void findings(List<String> row) throws IOException {
            findings.copy(row);
        }

        @Override
        public void factsLine(String line) throws IOException {
            if (factsJsonl != null) {
                factsJsonl.copy(line);
            }
        }

        void rows(String docId, Rows rows) throws IOException {
            facts.rows(docId, rows.facts());
            projects.rows(docId, rows.projects());
            findings.rows(docId, rows.findings());
            if (factsJsonl != null) {
                factsJsonl.rows(docId, rows.facts());
            }
        }

        void flush() throws IOException {
            documents.flush();
            facts.flush();
            projects.flush();
            findings.flush();
        }
    }

    private final BiFunction<Path, String, Report> pipeline;
    private final int threads;
    private final Path outDir;
    private final Progress progress;
    private final OutputSettings settings;
    /**
     * The contents whose first file is handed out but not yet written, by SHA-256: their copies
     * wait for its row. Used on the thread that hands out the files only.
     */
    private final Map<String, CompletableFuture<DocumentRecord>> pending = new HashMap<>();
    /** The row of every content written so far, for later copies; set for a run. */
    private ContentIndex contents;
    private final Reuse reuse;
    private PreviousRun previous;

    /**
     * Whether rows may come from the run that wrote the output folder before.
     *
     * @param settingsKey what the output depends on besides the files (options, vocabulary,
     *                    version); the previous run's rows are used only when it was the same.
     *                    Empty: no previous run is used, none is recorded
     * @param allowed     false to read every file again ({@code --force}) but record the settings
     */
    record Reuse(String settingsKey, boolean allowed) {
        static final Reuse NONE = new Reuse("", false);
    }

    /**
     * @param pipeline processes one file given its doc_id; must be thread-safe and not throw for a bad file
     */
    BatchRunner(BiFunction<Path, String, Report> pipeline, int threads, Path outDir, Progress progress) {
        this(pipeline, threads, outDir, progress, OutputSettings.DEFAULT, Reuse.NONE);
    }

    BatchRunner(BiFunction<Path, String, Report> pipeline, int threads, Path outDir, Progress progress,
                OutputSettings settings, Reuse reuse) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.pipeline = pipeline;
        this.threads = threads;
        this.outDir = outDir;
        this.progress = progress;
        this.settings = settings;
        this.reuse = reuse;
    }

    /**
     * Reads every file and writes the output folder.
     *
     * @throws IOException when the output cannot be written; earlier CSV files stay as they were
     */
    RunSummary run(List<InputFile> files, RunSummary summary) throws IOException {
        boolean json = settings.writes(OutputFormat.JSON);
        Files.createDirectories(DocumentFiles.TEXT.folder(outDir));
        if (json) {
            Files.createDirectories(DocumentFiles.JSON.folder(outDir));
        }
        previous = reuse.allowed() ? PreviousRun.open(outDir, reuse.settingsKey(), json).orElse(null) : null;
        Files.deleteIfExists(outDir.resolve(PreviousRun.SETTINGS_FILE)); // written again once the run is whole
        int window = Math.max(256, threads * 32);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fiscal-extract-worker-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try (ContentIndex index = ContentIndex.in(outDir);
             AtomicFile documentsFile = AtomicFile.create(outDir.resolve(DOCUMENTS_CSV));
             AtomicFile factsFile = AtomicFile.create(outDir.resolve(FACTS_CSV));
             AtomicFile projectsFile = AtomicFile.create(outDir.resolve(PROJECTS_CSV));
             AtomicFile findingsFile = AtomicFile.create(outDir.resolve(FINDINGS_CSV));
             AtomicFile jsonlFile = json ? AtomicFile.create(outDir.resolve(FACTS_JSONL)) : null) {
            for (AtomicFile csv : List.of(documentsFile, factsFile, projectsFile, findingsFile)) {
                if (settings.bom()) {
                    csv.writer().write('\uFEFF');
                }
            }
            Tables tables = new Tables(DocumentsCsv.start(documentsFile.writer()), FactsCsv.start(factsFile.writer()),
                    ProjectsCsv.start(projectsFile.writer()), FindingsCsv.start(findingsFile.writer()),
                    json ? FactsJsonl.start(jsonlFile.writer()) : null);
            contents = index;
            Deque<Future<Done>> inFlight = new ArrayDeque<>();
            for (InputFile file : files) {
                if (inFlight.size() >= window) {
                    writeRows(inFlight.removeFirst(), tables, summary);
                }
                Hashed hashed = hash(file);
                inFlight.addLast(pool.submit(() -> process(file, hashed)));
            }
            while (!inFlight.isEmpty()) {
                writeRows(inFlight.removeFirst(), tables, summary);
            }
            tables.flush();
            if (previous != null) {
                previous.close(); // before the files it reads are replaced (again in finally: closing twice is harmless)
            }
            // documents.csv last: when it is in place, the files its rows refer to are too
            factsFile.commit();
            projectsFile.commit();
            findingsFile.commit();
            if (jsonlFile != null) {
                jsonlFile.commit();
            }
            documentsFile.commit();
            // what an earlier run over other inputs left behind would not match documents.csv
            DocumentFiles.TEXT.removeOthers(outDir, index::hasDocId);
            DocumentFiles.JSON.removeOthers(outDir, json ? index::hasDocId : docId -> false);
        } finally {
            pool.shutdownNow();
            if (previous != null) {
                previous.close();
            }
        }
        if (!json) {
            Files.deleteIfExists(outDir.resolve(FACTS_JSONL));
        }
        AtomicFile.removeTempFiles(outDir);
        if (!reuse.settingsKey().isEmpty()) {
            AtomicFile.write(outDir.resolve(PreviousRun.SETTINGS_FILE), reuse.settingsKey());
        }
        return summary;
    }

    private void writeRows(Future<Done> result, Tables tables, RunSummary summary) throws IOException {
        Done done;
        try {
            done = result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            throw asIOException(e.getCause());
        }
        String docId = done.record().docId();
        if (done.rows() != null) {
            tables.rows(docId, done.rows());
        } else if (done.copyRows() && !previous.copy(docId, tables)) {
            // its earlier rows stand before some already copied (the file moved): read it again
            tables.rows(docId, Rows.of(processAndSave(done.file().path(), docId)));
        }
        tables.documents().row(done.record());
        summary.add(done.record());
        if (done.rows() != null || done.copyRows()) { // the first file of its content
            contents.put(done.record());
            pending.remove(done.record().sha256());
        }
    }

    /**
     * A file's hash, taken on the thread that hands out the files, in input order; {@code first}
     * is the outcome of an earlier file with the same content, null when this file is the first,
     * which then completes {@code mine} for the copies to come.
     */
    private record Hashed(ContentHash hash, IOException error, long nanos, CompletableFuture<DocumentRecord> mine,
                          CompletableFuture<DocumentRecord> first) {
    }

    /**
     * Hashes a file and notes whether an earlier file had its content. Done in input order (the
     * files are hashed far faster than they are read), so the first file of a content is always
     * the one read: what the pipeline takes from its path (region, year) cannot change from run
     * to run with which worker got there first.
     */
    private Hashed hash(InputFile file) {
        long start = System.nanoTime();
        ContentHash hash;
        try {
            hash = ContentHash.of(file.path());
        } catch (IOException e) {
            return new Hashed(null, e, System.nanoTime() - start, null, null);
        }
        CompletableFuture<DocumentRecord> first = pending.get(hash.sha256());
        if (first == null) {
            DocumentRecord written = contents.get(hash.sha256());
            first = written == null ? null : CompletableFuture.completedFuture(written);
        }
        CompletableFuture<DocumentRecord> mine = null;
        if (first == null) {
            mine = new CompletableFuture<>();
            pending.put(hash.sha256(), mine);
        }
        return new Hashed(hash, null, System.nanoTime() - start, mine, first);
    }

    private Done process(InputFile file, Hashed hashed) throws IOException {
        long start = System.nanoTime() - hashed.nanos();
        if (hashed.error() != null) {
            progress.fileDone(ReadStatus.FAILED);
            return Done.withoutRows(unreadable(file, hashed.error(), settings.timings() ? millisSince(start) : -1));
        }
        ContentHash hash = hashed.hash();
        DocumentRecord shared;
        Rows rows = null;
        boolean copyRows = false;
        if (hashed.first() == null) {
            try {
                Optional<DocumentRecord> old = previous == null ? Optional.empty() : previous.reusable(hash.sha256());
                if (old.isPresent()) {
                    shared = old.get();
                    copyRows = true;
                } else {
                    Report report = processAndSave(file.path(), hash.docId());
                    shared = report.record(hash);
                    rows = Rows.of(report);
                }
                hashed.mine().complete(shared);
            } catch (IOException | RuntimeException | Error e) {
                hashed.mine().completeExceptionally(e);
                throw e;
            }
        } else {
            // an earlier file has this content: its task was handed out first, so it is running or done
            try {
                shared = hashed.first().join();
            } catch (CompletionException e) {
                throw asIOException(e.getCause());
            }
        }
        DocumentRecord record = shared.forFile(file.sourcePath(), settings.timings() ? millisSince(start) : -1);
        progress.fileDone(record.status());
        return new Done(record, file, rows, copyRows);
    }

    private Report processAndSave(Path path, String docId) throws IOException {
        Report report;
        try {
            report = pipeline.apply(path, docId);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // the pipeline promises not to throw; if it does (a bug, a class that failed to load,
            // a document nested too deep), one file fails, not the run
            report = Report.internalError(docId, e);
        }
        if (report.outcome().document().isPresent()) {
            DocumentFiles.TEXT.write(outDir, docId, report.outcome().document().get().text());
        }
        if (settings.writes(OutputFormat.JSON)) {
            StringBuilder json = new StringBuilder();
            DocumentJson.write(json, report);
            DocumentFiles.JSON.write(outDir, docId, json);
        }
        return report;
    }

    private static DocumentRecord unreadable(InputFile file, IOException e, long millis) {
        long bytes;
        try {
            bytes = Files.size(file.path());
        } catch (IOException ignored) {
            bytes = 0;
        }
        return DocumentRecord.unreadable(file.sourcePath(), bytes, e, millis);
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
