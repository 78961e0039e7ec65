package org.fiscalextract.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fiscal-extract evaluate}: how an extract run's output compares with hand-checked expectations. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {
            "Score an extract run against hand-checked expected facts, so anyone can measure a change.",
            "",
            "EXPECTED is a folder of <name>.tsv files, one per report, in the format of "
                    + "corpus/expected/facts (kind, text, value, unit, qualifier, label, canonical, "
                    + "subject, …); a report's output is found by the file name of its source_path "
                    + "up to the first dot. If EXPECTED/../documents.tsv exists (name, region, "
                    + "region_code, fiscal_year, …), region, code and year are scored too.",
            "",
            "Prints, per kind (amount, rate, score, grade, count, measure): expected, extracted, "
                    + "found, precision, recall, and for the found ones how often label, canonical "
                    + "key and subject agree; then every missing or extra fact."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Scored.", "2:Usage error (a folder is missing).", "3:The files could not be read."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPECTED", description = "Folder of expected <name>.tsv fact files.")
    Path expected;

    @Parameters(index = "1", paramLabel = "OUT", description = "The --out folder of an extract run.")
    Path out;

    @Option(names = "--misses", description = "List every missing and extra fact (default: on).",
            negatable = true, defaultValue = "true", fallbackValue = "true")
    boolean misses;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        if (!Files.isDirectory(expected) || !Files.isRegularFile(out.resolve("documents.csv"))) {
            spec.commandLine().getErr().println("fiscal-extract evaluate: need a folder of expected .tsv files and "
                    + "an extract output folder with documents.csv");
            return ExitCodes.USAGE;
        }
        try {
            List<CSVRecord> documents = csv(out.resolve("documents.csv"));
            Map<String, List<Evaluation.Row>> actualByDoc = actualFacts(out.resolve("facts.csv"));
            Evaluation evaluation = new Evaluation();
            Map<String, Map<String, String>> expectedDocs = expectedDocuments(expected.resolve("../documents.tsv"));
            int docs = 0;
            int regionRight = 0;
            int yearRight = 0;
            int docsWithExpectations = 0;
            try (Stream<Path> files = Files.list(expected)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                    String name = file.getFileName().toString().replace(".tsv", "");
                    List<Evaluation.Row> wanted = expectedFacts(file);
                    for (CSVRecord doc : documents) {
                        if (!stem(doc.get("source_path")).equals(name)) {
                            continue;
                        }
                        docs++;
                        evaluation.add(doc.get("source_path"), wanted,
                                actualByDoc.getOrDefault(doc.get("doc_id"), List.of()));
                        Map<String, String> docExpected = expectedDocs.get(name);
                        if (docExpected != null) {
                            docsWithExpectations++;
                            regionRight += docExpected.get("region_code").equals(doc.get("region_code")) ? 1 : 0;
                            yearRight += docExpected.get("fiscal_year").equals(doc.get("fiscal_year")) ? 1 : 0;
                        }
                    }
                }
            }
            print(stdout, evaluation, docs);
            if (docsWithExpectations > 0) {
                stdout.printf(Locale.ROOT, "region code right: %d of %d; fiscal year right: %d of %d%n",
                        regionRight, docsWithExpectations, yearRight, docsWithExpectations);
            }
            if (misses) {
                evaluation.misses().forEach(stdout::println);
            }
            stdout.flush();
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("fiscal-extract evaluate: " + e.getMessage());
            return ExitCodes.FATAL;
        }
    }

    private static void print(PrintWriter out, Evaluation evaluation, int docs) {
        out.printf(Locale.ROOT, "%d documents compared%n", docs);
        out.println("kind\texpected\textracted\tfound\tprecision\trecall\tlabel\tcanonical\tsubject");
        evaluation.byKind().forEach((kind, s) -> out.printf(Locale.ROOT, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%s\t%s\t%s%n",
                kind, s.expected, s.actual, s.found, s.precision(), s.recall(), share(s.sameLabel, s.found),
                share(s.sameCanonical, s.found), share(s.sameSubject, s.found)));
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
    }

    /** 004_8a99ebaca312e0ad from corpus/reports/004_8a99ebaca312e0ad.doc-named.docx */
    private static String stem(String sourcePath) {
        String name = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static Map<String, List<Evaluation.Row>> actualFacts(Path factsCsv) throws IOException {
        Map<String, List<Evaluation.Row>> byDoc = new HashMap<>();
        if (!Files.exists(factsCsv)) {
            return byDoc;
        }
        for (CSVRecord r : csv(factsCsv)) {
            byDoc.computeIfAbsent(r.get("doc_id"), k -> new ArrayList<>()).add(new Evaluation.Row(r.get("kind"),
                    r.get("text"), r.get("value"), r.get("unit"), r.get("qualifier"), r.get("label"),
                    r.get("canonical"), r.get("subject")));
        }
        return byDoc;
    }

    private static List<Evaluation.Row> expectedFacts(Path tsv) throws IOException {
        List<Evaluation.Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length >= 8) {
                rows.add(new Evaluation.Row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
            }
        }
        return rows;
    }

    private static Map<String, Map<String, String>> expectedDocuments(Path tsv) throws IOException {
        Map<String, Map<String, String>> byName = new HashMap<>();
        if (!Files.exists(tsv)) {
            return byName;
        }
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length && i < f.length; i++) {
                row.put(header[i], f[i]);
            }
            byName.put(row.get("name"), row);
        }
        return byName;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }
}
