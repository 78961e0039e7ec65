package org.fiscalextract.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.fiscalextract.extractor.ingest.ReaderConfig;
import org.fiscalextract.extractor.link.Vocabulary;
import org.fiscalextract.model.check.EvaluatedProject;
import org.fiscalextract.model.check.Finding;
import org.fiscalextract.model.check.Severity;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.report.Report;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What the checks find in each seed report, and the projects it evaluates, against hand-checked
 * golden files ({@code corpus/expected/findings/}, {@code corpus/expected/projects/}). A finding
 * that appears, disappears or changes its arithmetic fails; rewrite with
 * {@code -Dgolden.update=true} and review the diff.
 */
class GoldenFindingsTest {
    private static final Path CORPUS = Path.of("..", "corpus");
    /** Each seed's .docx errors, worked out once for all its renditions. */
    private static final Map<String, Set<String>> DOCX_ERRORS = new ConcurrentHashMap<>();
    private static final DocumentPipeline PIPELINE = new DocumentPipeline(ReaderConfig.defaults(), Vocabulary.standard(), true);

    @TestFactory
    Stream<DynamicTest> seedsFindWhatTheirGoldenFilesSay() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(CORPUS.resolve("reports"))) {
            seeds = files.filter(p -> p.getFileName().toString().matches("\\d{3}_[0-9a-f]{16}\\.docx")).sorted().toList();
        }
        assertFalse(seeds.isEmpty());
        return seeds.stream().map(seed -> DynamicTest.dynamicTest(seed.getFileName().toString(), () -> {
            Report report = PIPELINE.process(seed, "golden");
            String stem = seed.getFileName().toString().replace(".docx", ".tsv");
            compare(CORPUS.resolve("expected/findings").resolve(stem), findings(report));
            compare(CORPUS.resolve("expected/projects").resolve(stem), projects(report));
        }));
    }

    /**
     * A report read from another format (PDF, plain text, a spreadsheet) loses structure, never
     * gains inconsistencies: each rendition's errors are errors its .docx raises too, compared by
     * check and values (locations differ between formats).
     */
    @TestFactory
    Stream<DynamicTest> noRenditionRaisesAnErrorItsDocxDoesNot() throws IOException {
        List<Path> renditions;
        try (Stream<Path> files = Files.list(CORPUS.resolve("reports"))) {
            renditions = files.filter(p -> p.getFileName().toString().matches("\\d{3}_[0-9a-f]{16}\\..+"))
                    .filter(p -> !p.getFileName().toString().endsWith(".docx")).sorted().toList();
        }
        assertFalse(renditions.isEmpty());
        return renditions.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String seed = file.getFileName().toString().substring(0, 20);
            Set<String> docx = DOCX_ERRORS.computeIfAbsent(seed,
                    s -> errors(PIPELINE.process(CORPUS.resolve("reports").resolve(s + ".docx"), "docx")));
            Set<String> extra = new TreeSet<>(errors(PIPELINE.process(file, "rendition")));
            extra.removeAll(docx);
            assertEquals(Set.of(), extra, file + " raises errors its .docx does not");
        }));
    }

    private static Set<String> errors(Report report) {
        Set<String> errors = new TreeSet<>();
        for (Finding f : report.findings()) {
            if (f.severity() == Severity.ERROR) {
                errors.add(f.check() + " expected " + f.expected().map(BigDecimal::toPlainString).orElse("-")
                        + " actual " + f.actual().map(BigDecimal::toPlainString).orElse("-"));
            }
        }
        return errors;
    }

    private static void compare(Path golden, List<String> actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", Files.readAllLines(golden, StandardCharsets.UTF_8)), String.join("\n", actual),
                () -> "differs from " + golden);
    }

    private static List<String> findings(Report report) {
        List<String> lines = new ArrayList<>();
        lines.add("finding_id\tcheck\tseverity\tfact_ids\tmessage");
        for (int i = 0; i < report.findings().size(); i++) {
            Finding f = report.findings().get(i);
            lines.add(String.join("\t", Report.findingId(i), f.check(), f.severity().label(),
                    String.join(" ", f.factIds()), f.message().replace('\n', ' ')));
        }
        return lines;
    }

    private static List<String> projects(Report report) {
        List<String> lines = new ArrayList<>();
        lines.add("project\tfunds\tbudget_initial\tbudget_adjusted\texecuted\texecution_rate\tscore\tgrade\tevaluator");
        for (EvaluatedProject p : report.projects()) {
            lines.add(String.join("\t", p.name(), text(p.funds()), text(p.budgetInitial()), text(p.budgetAdjusted()),
                    text(p.executed()), text(p.executionRate()), text(p.score()), text(p.grade()), p.evaluator()));
        }
        return lines;
    }

    /** A fact as stated, with its id: 18570.75万元 (f18). */
    private static String text(Optional<Fact> fact) {
        return fact.map(f -> f.text() + " (" + f.factId() + ")").orElse("");
    }
}
