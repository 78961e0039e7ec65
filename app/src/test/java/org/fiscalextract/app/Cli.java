package org.fiscalextract.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import picocli.CommandLine;

/** Runs {@code fiscal-extract} in this JVM, as {@link Main} would, and reads what it wrote. */
final class Cli {
    record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        return run(command -> {
        }, args);
    }

    /** Runs with the extract command adjusted first (e.g. to pretend stderr is a terminal). */
    static Result run(Consumer<ExtractCommand> setup, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = FiscalExtractCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err));
        setup.accept(commandLine.getSubcommands().get("extract").getCommand());
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** The files a default run writes at the top of its output folder, whatever it read. */
    static final List<String> RUN_FILES = List.of(".fiscal-extract-settings", "comparison.csv", "datapackage.json",
            "divisions.csv", "documents.csv", "facts.csv", "facts.jsonl", "facts.metadata.json", "facts.sqlite",
            "findings.csv", "projects.csv", "report.html", "workbook.xlsx");

    static List<CSVRecord> documents(Path outDir) throws IOException {
        return records(outDir.resolve("documents.csv"));
    }

    /** The rows of a CSV file the command wrote, by column name (its byte-order mark skipped). */
    static List<CSVRecord> records(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    static List<String> column(List<CSVRecord> records, String name) {
        return records.stream().map(r -> r.get(name)).toList();
    }

    /** Every file under the folder, hidden ones included, relative with forward slashes. */
    static List<String> filesUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
