package org.fiscalextract.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.fiscalextract.extractor.ingest.ReaderConfig;
import org.fiscalextract.extractor.link.Vocabulary;
import org.fiscalextract.model.check.GradeScales;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every command that runs the document pipeline shares (a picocli mixin): how many
 * files at once, the reader's limits, extra label wordings and the grade scales. Bad values are usage errors of the
 * command that mixes them in.
 */
final class PipelineOptions {
    static final String DEFAULT_MAX_FILE_SIZE = "100MB";
    static final String DEFAULT_TIME_LIMIT = "120s";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files to read at the same time. Default: the number of processors.")
    Integer threads;

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = SizeConverter.class,
            defaultValue = DEFAULT_MAX_FILE_SIZE,
            description = "Files larger than this are not read (failed, error_code too_large). "
                    + "Units KB, MB, GB (of 1024). Default: ${DEFAULT-VALUE}.")
    long maxFileBytes;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            defaultValue = DEFAULT_TIME_LIMIT,
            description = "Give up a file whose reading takes longer (failed, error_code "
                    + "time_limit). Seconds, or with a unit: 500ms, 30s, 2m, 1h. "
                    + "Default: ${DEFAULT-VALUE}.")
    Duration timeLimit;

    @Option(names = "--max-text-chars", paramLabel = "N",
            defaultValue = "" + ReaderConfig.DEFAULT_MAX_TEXT_CHARS,
            description = "Keep at most N characters of a document's text; a longer one is "
                    + "partial (error_code text_limit). Default: ${DEFAULT-VALUE}.")
    int maxTextChars;

    @Option(names = "--vocabulary", paramLabel = "FILE",
            description = "Extra label wordings for the canonical column: a tab-separated file of "
                    + "canonical<TAB>kind<TAB>pattern rows (the format of the built-in vocabulary.tsv), "
                    + "tried before the built-in rows.")
    Path vocabulary;

    @Option(names = "--grade-scales", paramLabel = "FILE",
            description = "Grade scales for checking grades against scores: a tab-separated file of "
                    + "province<TAB>years<TAB>lowest 优<TAB>lowest 良<TAB>lowest 中<TAB>source rows (the format "
                    + "of the built-in grade-scales.tsv), used instead of the built-in ones. "
                    + "Default: ≥90 优, ≥80 良, ≥60 中, below 差, for every province and year.")
    Path gradeScales;

    /** The reader's limits; a usage error for a value out of range. */
    ReaderConfig readerConfig() {
        if (threads != null && threads < 1) {
            throw usage("--threads must be at least 1, not " + threads);
        }
        if (maxTextChars < 1) {
            throw usage("--max-text-chars must be at least 1, not " + maxTextChars);
        }
        return ReaderConfig.defaults().withMaxFileBytes(maxFileBytes).withTimeLimit(timeLimit)
                .withMaxTextChars(maxTextChars);
    }

    int threadCount() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The built-in vocabulary, with the user's rows first when given; a usage error if they cannot be read. */
    Vocabulary vocabulary() {
        if (vocabulary == null) {
            return Vocabulary.standard();
        }
        try {
            return Vocabulary.withUserFile(vocabulary);
        } catch (IOException e) {
            throw usage("cannot read --vocabulary " + vocabulary + ": " + InputCollector.reason(e));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw usage("--vocabulary " + vocabulary + ": " + e.getMessage());
        }
    }

    /** The user's grade scales when given, else the built-in ones; a usage error if they cannot be read. */
    GradeScales gradeScales() {
        if (gradeScales == null) {
            return GradeScales.standard();
        }
        try {
            return GradeScales.parse(Files.readString(gradeScales, StandardCharsets.UTF_8), gradeScales.toString());
        } catch (IOException e) {
            throw usage("cannot read --grade-scales " + gradeScales + ": " + InputCollector.reason(e));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw usage("--grade-scales " + gradeScales + ": " + e.getMessage());
        }
    }

    /** Every input must exist: a usage error names the first that does not or is no valid path. */
    void checkInputsExist(List<String> inputs) {
        for (String input : inputs) {
            Path path;
            try {
                path = Path.of(input);
            } catch (InvalidPathException e) {
                throw usage("input '" + input + "' is not a valid path: " + e.getReason() + localeHint());
            }
            if (!Files.exists(path)) {
                throw usage("input not found: " + input + " (no such file or folder)");
            }
        }
    }

    /** Java takes the file-name encoding from the locale; under "C" no Chinese name can be opened. */
    private static String localeHint() {
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        return encoding.replace("-", "").equalsIgnoreCase("UTF8") ? ""
                : " (file names are read as " + encoding + "; set a UTF-8 locale, e.g. LC_ALL=C.UTF-8, "
                        + "as the fiscal-extract launcher does)";
    }

    private ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }
}
