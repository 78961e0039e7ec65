package org.fiscalextract.app;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.fiscalextract.model.document.ContentHash;
import org.fiscalextract.extractor.ingest.ReaderConfig;
import org.fiscalextract.extractor.link.Vocabulary;
import org.fiscalextract.model.check.GradeScales;
import org.fiscalextract.extractor.pipeline.DocumentPipeline;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.ReadProblem;
import org.fiscalextract.model.document.ReadStatus;
import org.fiscalextract.model.document.SourceFormat;
import org.fiscalextract.model.report.Report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fiscal-extract check FILE...}: a reviewer's report of each file on stdout, and an exit code to gate on. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = false,
        descriptionHeading = "%n",
        description = {
            "Check that each report's figures agree with each other, and print what does not, "
                    + "so a person can verify it without a calculator.",
            "",
            "Reads the files as extract does (same formats, same limits) but writes nothing: "
                    + "for each FILE it prints",
            "  - the document: path, format, whether it was read completely, doc_id, region",
            "    with its code, department, fiscal year and kind of report;",
            "  - key figures: the report's own figures with a canonical key (budget_total,",
            "    executed_amount, execution_rate, self_eval_score, grade, ...), each with",
            "    its value as stated, its label and where it stands (p12 = paragraph 12,",
            "    t2r3c4 = table 2 row 3 column 4, page3: on page 3);",
            "  - the evaluated projects, one line each;",
            "  - every finding: c1, c2, ... (the finding_id of findings.csv), severity, the",
            "    check, the message with its arithmetic, expected and actual value, their",
            "    difference and the tolerance their rounding allows, then each figure",
            "    involved: fact id, location and its sentence with the figure in 【】.",
            "Severity: ERROR = the figures disagree beyond rounding; WARNING = worth a look; "
                    + "INFO = within rounding, or a check that could not be decided.",
            "",
            "A FILE may be a folder: its files are checked as extract would read them (all "
                    + "subfolders, hidden files skipped, in path order). Several files are read at "
                    + "once; the output is always in the order given and the same for the same input."},
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.CHECK_OK_TEXT,
            ExitCodes.CHECK_ERRORS_TEXT,
            ExitCodes.CHECK_USAGE_TEXT,
            ExitCodes.CHECK_FATAL_TEXT},
        footerHeading = "%n",
        footer = {
            "To gate publishing, fail on any non-zero exit code.",
            "",
            "Examples:",
            "  fiscal-extract check 2024年度部门决算说明.docx",
            "  fiscal-extract check --brief reports/四川省 > check.txt"})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Reports to check (files or folders).")
    List<String> inputs = new ArrayList<>();

    @Mixin
    PipelineOptions pipelineOptions;

    @Option(names = "--brief",
            description = "Print only each document's lines and its findings: no key figures, no projects.")
    boolean brief;

    @Option(names = "--debug",
            description = "On an internal error show the stack trace; show more library log messages on stderr.")
    boolean debug;

    /** One input, checked: its report, or why it could not even be opened. */
    private record Checked(InputFile file, Report report, String unreadable) {
    }

    @Override
    public Integer call() throws IOException {
        ReaderConfig config = pipelineOptions.readerConfig();
        int threads = pipelineOptions.threadCount();
        pipelineOptions.checkInputsExist(inputs);
        InputCollector collector = new InputCollector(GlobFilter.all(), null);
        List<InputFile> files = collector.collect(inputs);
        if (files.isEmpty() && collector.problems().isEmpty()) {
            throw usage("no files to check in " + String.join(", ", inputs));
        }
        Vocabulary words = pipelineOptions.vocabulary();
        GradeScales scales = pipelineOptions.gradeScales();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        CheckReport report = new CheckReport(stdout, brief);
        for (String problem : collector.problems()) {
            stderr.println("fiscal-extract check: " + problem);
            report.notSearched(problem);
        }
        try (DocumentPipeline pipeline = new DocumentPipeline(config, words, scales, true)) {
            run(pipeline, files, threads, report, stderr);
        }
        report.summary();
        stderr.flush();
        return report.exitCode();
    }

    /** Checks on several threads, printing each file's report in input order as soon as it and all before it are done. */
    private static void run(DocumentPipeline pipeline, List<InputFile> files, int threads, CheckReport report,
                            PrintWriter stderr) throws IOException {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "fiscal-extract-check-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            int window = threads * 2;
            Deque<Future<Checked>> inFlight = new ArrayDeque<>();
            for (InputFile file : files) {
                if (inFlight.size() >= window) {
                    show(inFlight.removeFirst(), report, stderr);
                }
                inFlight.addLast(pool.submit(() -> check(pipeline, file)));
            }
            while (!inFlight.isEmpty()) {
                show(inFlight.removeFirst(), report, stderr);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Checked check(DocumentPipeline pipeline, InputFile file) {
        ContentHash hash;
        try {
            hash = ContentHash.of(file.path());
        } catch (IOException e) {
            String reason = e instanceof NoSuchFileException ? "file disappeared before it could be read"
                    : "could not open the file: " + InputCollector.reason(e);
            return new Checked(file, null, reason);
        }
        Report report;
        try {
            report = pipeline.process(file.path(), hash.docId());
        } catch (RuntimeException e) {
            // the pipeline promises not to throw; if it does, one file fails, not the run
            report = Report.withoutFacts(hash.docId(), ReadOutcome.failed(SourceFormat.UNKNOWN,
                    ReadProblem.PARSER_ERROR, "internal error while reading: " + e));
        }
        return new Checked(file, report, null);
    }

    private static void show(Future<Checked> result, CheckReport report, PrintWriter stderr) throws IOException {
        Checked checked;
        try {
            checked = result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
        String path = checked.file().sourcePath();
        if (checked.report() == null) {
            stderr.println("fiscal-extract check: " + path + ": " + checked.unreadable());
            report.unreadable(path, checked.unreadable());
            return;
        }
        ReadOutcome outcome = checked.report().outcome();
        if (outcome.status() != ReadStatus.OK) {
            stderr.println("fiscal-extract check: " + path + ": " + outcome.status().label() + ": "
                    + outcome.message().strip().replaceAll("\\s*\\R\\s*", " "));
        }
        report.document(path, checked.report());
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
