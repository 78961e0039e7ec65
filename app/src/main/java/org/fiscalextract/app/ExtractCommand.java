package org.fiscalextract.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import org.fiscalextract.extractor.ingest.ReaderConfig;
import org.fiscalextract.extractor.link.Vocabulary;
import org.fiscalextract.model.check.GradeScales;
import org.fiscalextract.extractor.pipeline.DocumentPipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fiscal-extract extract INPUT... --out DIR}. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = false,
        descriptionHeading = "%n",
        description = {
            "Read fiscal disclosures and write one table row per file plus the text read from it.",
            "",
            "Reads Word (.docx .doc), PDF, HTML, text, Excel (.xlsx .xls), RTF and WPS files. "
                    + "Text files may be UTF-8, UTF-16 or GBK/GB18030. Scanned PDFs (pictures "
                    + "only) are reported as failed: there is no OCR.",
            "",
            "Each INPUT is a file or a folder. Folders are searched with all their subfolders "
                    + "(symbolic links are followed, loops are not); hidden files and folders (names "
                    + "starting with a dot) are skipped. Files are listed in path order, so the same "
                    + "input always gives the same output. Several files are read at once.",
            "",
            "Written into DIR (created if needed; files of an earlier run are replaced, and the",
            "rows of files it read already, unchanged and with the same settings, are copied):",
            "  documents.csv       One row per input file, failed ones included: doc_id,",
            "                      source_path, format, bytes, sha256, status (ok = read",
            "                      completely, partial = only part of the text, failed = no",
            "                      text), error (why, in words), region, region_code,",
            "                      province, prefecture, department, fiscal_year, doc_kind,",
            "                      facts and findings (how many rows each has in",
            "                      facts.csv and findings.csv), millis (time taken, with",
            "                      --timings), error_code (e.g. damaged, encrypted,",
            "                      no_text_layer) and the standard budget tables present,",
            "                      declared empty and missing.",
            "  facts.csv           One row per amount, rate, score, grade, count or measure:",
            "                      its value (yuan, percent, points, 优/良/中/差), unit,",
            "                      qualifier, label, canonical key, subject, the exact text",
            "                      with its [start,end) offsets into text/<doc_id>.txt,",
            "                      location (p12, t2r3c4, page3:p5), rule and sentence.",
            "  findings.csv        One row per figure that does not agree with the others",
            "                      (or could not be checked): doc_id, finding_id (c1, c2,",
            "                      …), check, severity (error = beyond rounding, warning,",
            "                      info = within rounding or undecided), message with the",
            "                      arithmetic, expected, actual, difference, tolerance,",
            "                      fact_ids (f2 f5), quotes (f2 p2 “1302.76万元” |",
            "                      f5 p5 “1471.75万元”) and unit.",
            "  projects.csv        One row per evaluated project or fund: doc_id, project,",
            "                      funds_yuan, budget_initial_yuan, budget_adjusted_yuan,",
            "                      executed_yuan, execution_rate (percent), score (points),",
            "                      grade (优/良/中/差), evaluator, fact_ids.",
            "  text/<doc_id>.txt   The text read from each ok or partial document, UTF-8.",
            "  comparison.csv      One row per region, fiscal year and department: the same",
            "                      figures in the same columns, each with its fact.",
            "  divisions.csv       The official division codes region_code joins to.",
            "  datapackage.json    Types, units, meanings and keys of every CSV file.",
            "  json/<doc_id>.json  Everything about one document: metadata, tables, facts,",
            "                      projects, findings (quotes with their sentences);",
            "                      facts.jsonl has the facts as JSON Lines (--format json).",
            "  workbook.xlsx       The tables as Excel sheets (--format xlsx).",
            "  facts.sqlite        The tables as one SQLite database (--format sqlite).",
            "  report.html         A page to review the run in a browser (--format html).",
            "CSV files are UTF-8 with a byte-order mark (--no-bom), comma separated (RFC 4180).",
            "",
            "doc_id is the first 16 hex digits of the file's SHA-256: identical files get the "
                    + "same id (each still gets its row) and are read only once."},
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK_TEXT,
            ExitCodes.INCOMPLETE_TEXT,
            ExitCodes.USAGE_TEXT,
            ExitCodes.FATAL_TEXT},
        footerHeading = "%n",
        footer = {
            "On a terminal a progress line is shown on stderr; at the end a summary goes to "
                    + "stdout, with one line per file that failed or was read in part.",
            "",
            "Examples:",
            "  fiscal-extract extract reports/ --out out",
            "  fiscal-extract extract 下载/四川省 extra.pdf --include '*.pdf' \\",
            "      --include '*.docx' --exclude 'old/**' --time-limit 2m --out out"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files and folders to read.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "Folder to write the output into (required): the CSV files (documents, facts, "
                    + "projects, findings, comparison, divisions), text/, and what --format asks for.")
    Path out;

    @Option(names = "--include", paramLabel = "GLOB",
            description = {"Read only the files in INPUT folders whose path (relative to the "
                    + "INPUT folder) matches GLOB; repeat for several. A GLOB without '/' matches "
                    + "the file name at any depth ('*.pdf'); '*' stays within a folder, '**' "
                    + "crosses folders ('2024/**/*.docx'), '{pdf,docx}' lists choices. Case is "
                    + "ignored. Files named directly as INPUT are always read. Default: all files."})
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files and folders whose path matches GLOB (same rules as "
                    + "--include; wins over it); repeat for several.")
    List<String> excludes = new ArrayList<>();

    @Mixin
    PipelineOptions pipelineOptions;

    @Mixin
    OutputOptions outputOptions;

    @Option(names = "--no-facts",
            description = "Only read the files (documents.csv, text/, json/): do not look for amounts, "
                    + "rates, scores and grades, and do not check them. Faster; the facts, findings and "
                    + "projects CSV files get their header only.")
    boolean noFacts;

    @Option(names = "--force",
            description = "Read every file again. Without it, a run into a folder an earlier run wrote with "
                    + "the same settings reads only new and changed files (by content) and copies the "
                    + "earlier rows of the others.")
    boolean force;

    @Option(names = "--no-progress",
            description = "Do not show the progress line (it is only shown on a terminal anyway).")
    boolean noProgress;

    @Option(names = "--debug",
            description = "On a fatal error show the stack trace; show more library log messages on stderr.")
    boolean debug;

    /** Whether the progress line may be drawn; tests replace it. */
    BooleanSupplier terminal = () -> System.console() != null;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        ReaderConfig config = pipelineOptions.readerConfig();
        int threadCount = pipelineOptions.threadCount();
        OutputSettings settings = outputOptions.settings();
        GlobFilter filter = globFilter();
        pipelineOptions.checkInputsExist(inputs);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            prepareOutputFolder();
        } catch (IOException e) {
            return fatal(e);
        }

        InputCollector collector = new InputCollector(filter, out);
        List<InputFile> files = collector.collect(inputs);
        RunSummary summary = new RunSummary();
        collector.problems().forEach(summary::addProblem);
        if (files.isEmpty()) {
            stderr.println("fiscal-extract: no files to read in " + String.join(", ", inputs)
                    + (includes.isEmpty() && excludes.isEmpty() ? "" : " (check --include and --exclude)"));
            stderr.flush();
        }

        boolean showProgress = !noProgress && !files.isEmpty() && terminal.getAsBoolean();
        Vocabulary words = pipelineOptions.vocabulary();
        GradeScales scales = pipelineOptions.gradeScales();
        try (DocumentPipeline pipeline = new DocumentPipeline(config, words, scales, !noFacts);
             ProgressBar bar = showProgress ? ProgressBar.start(stderr, files.size()) : null) {
            String key = RunSettingsKey.of(config, !noFacts, pipelineOptions.vocabulary, pipelineOptions.gradeScales,
                    settings.writes(OutputFormat.JSON));
            BatchRunner runner = new BatchRunner(pipeline::process, threadCount, out,
                    bar != null ? bar : BatchRunner.Progress.NONE, settings, new BatchRunner.Reuse(key, !force));
            runner.run(files, summary);
            DerivedOutputs.write(out, settings, pipeline.officialDivisions());
        } catch (IOException e) {
            return fatal(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        summary.print(stdout, seconds, out.resolve(BatchRunner.DOCUMENTS_CSV).toString());
        return summary.exitCode();
    }

    private GlobFilter globFilter() {
        try {
            return new GlobFilter(includes, excludes);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private void prepareOutputFolder() throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new FileAlreadyExistsException(out.toString(), null, "it is a file, not a folder");
        }
        Files.createDirectories(out);
    }

    private int fatal(IOException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("fiscal-extract: could not write the output in " + out + ": " + describe(e));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FATAL;
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied" + (denied.getFile() == null ? "" : " (" + denied.getFile() + ")");
        }
        if (e instanceof FileAlreadyExistsException exists && exists.getReason() != null) {
            return exists.getFile() + ": " + exists.getReason();
        }
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
            return (fs.getFile() == null ? "" : fs.getFile() + ": ") + reason;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
