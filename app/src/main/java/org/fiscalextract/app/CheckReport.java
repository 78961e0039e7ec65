package org.fiscalextract.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.fiscalextract.model.check.EvaluatedProject;
import org.fiscalextract.model.check.Finding;
import org.fiscalextract.model.check.Severity;
import org.fiscalextract.model.document.DocumentFacts;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.ReadProblem;
import org.fiscalextract.model.document.ReadStatus;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.report.Report;

/**
 * What {@code fiscal-extract check} prints: for each file what it is (format, status, region,
 * year, kind), its key figures, the projects it evaluates and every finding with its arithmetic
 * and quotes; at the end one summary line. Plain text, the same for the same input.
 *
 * <p>Key figures are the facts with a canonical key that are about the report as a whole (no
 * subject); a value stated again in the same words of the same key is listed once, with where
 * else it stands. Figures about one project are on its line under Projects; every fact is in
 * {@code extract}'s facts.csv.
 */
final class CheckReport {
    private static final String INDENT = "  ";
    private static final String DETAIL = "      ";
    private static final int MAX_ALSO = 5;
    private static final int MAX_LABEL_COLUMN = 28;

    private final PrintWriter out;
    private final boolean brief;
    private int files;
    private int errors;
    private int warnings;
    private int infos;
    private int notRead;
    private int readInPart;

    /** @param brief only the document's lines and its findings, no key figures or projects */
    CheckReport(PrintWriter out, boolean brief) {
        this.out = out;
        this.brief = brief;
    }

    /** One file that was read (or failed to be): everything the pipeline found, then its findings. */
    void document(String sourcePath, Report report) {
        files++;
        ReadOutcome outcome = report.outcome();
        out.println("== " + sourcePath);
        out.println("Document:    " + outcome.format().label() + ", doc_id " + report.docId() + ", "
                + status(outcome));
        if (outcome.status() == ReadStatus.FAILED) {
            notRead++;
            out.println("Not checked: the file could not be read.");
            out.println();
            return;
        }
        if (outcome.status() == ReadStatus.PARTIAL) {
            readInPart++;
            out.println("Only the text that was read is checked; the rest of the document is not.");
        }
        about(report.documentFacts());
        out.println();
        if (!brief) {
            keyFigures(report.facts());
            out.println();
            projects(report.projects());
            out.println();
        }
        findings(report.findings());
        out.println();
    }

    /** A file that could not even be opened (permission denied, gone, a folder in the way). */
    void unreadable(String sourcePath, String reason) {
        files++;
        notRead++;
        out.println("== " + sourcePath);
        out.println("Document:    FAILED: " + reason);
        out.println("Not checked: the file could not be read.");
        out.println();
    }

    /** A folder that could not be searched: its files are missing, so the check is incomplete. */
    void notSearched(String problem) {
        notRead++;
        out.println("== " + problem);
        out.println();
    }

    /** {@code 2 files checked: 3 errors, 1 warning, 0 info; 1 file not read, 0 read in part}. */
    void summary() {
        out.println(count(files, "file") + " checked: " + count(errors, "error") + ", " + count(warnings, "warning")
                + ", " + infos + " info; " + count(notRead, "file") + " not read, " + readInPart + " read in part");
        out.flush();
    }

    /** 3 when a file was not read completely, else 1 when a finding is an error, else 0. */
    int exitCode() {
        if (notRead > 0 || readInPart > 0) {
            return ExitCodes.FATAL;
        }
        return errors > 0 ? ExitCodes.ERROR_FINDINGS : ExitCodes.OK;
    }

    private static String status(ReadOutcome outcome) {
        if (outcome.status() == ReadStatus.OK) {
            return "read completely";
        }
        String code = outcome.problem().map(ReadProblem::code).orElse("");
        return outcome.status().label().toUpperCase(Locale.ROOT) + (code.isEmpty() ? "" : " (" + code + ")")
                + ": " + oneLine(outcome.message());
    }

    private void about(DocumentFacts f) {
        out.println("Region:      " + region(f));
        out.println("Department:  " + known(f.department()));
        out.println("Fiscal year: " + known(f.fiscalYear()));
        out.println("Kind:        " + known(f.docKind()));
    }

    /** {@code 安居区 510904 (四川省 遂宁市)}; a municipality's district names the municipality once. */
    private static String region(DocumentFacts f) {
        if (f.region().isEmpty()) {
            return "not found";
        }
        StringBuilder s = new StringBuilder(f.region());
        if (!f.regionCode().isEmpty()) {
            s.append(' ').append(f.regionCode());
        }
        List<String> above = new ArrayList<>();
        for (String level : List.of(f.province(), f.prefecture())) {
            if (!level.isEmpty() && !level.equals(f.region()) && !above.contains(level)) {
                above.add(level);
            }
        }
        if (!above.isEmpty()) {
            s.append(" (").append(String.join(" ", above)).append(')');
        }
        return s.toString();
    }

    private static String known(String value) {
        return value.isEmpty() ? "not found" : value;
    }

    private void keyFigures(List<Fact> facts) {
        Map<String, List<Fact>> byStatement = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (!f.canonical().isEmpty() && f.subject().isEmpty()) {
                String statement = f.canonical() + '\u0000' + f.label() + '\u0000' + StatedValue.of(f);
                byStatement.computeIfAbsent(statement, k -> new ArrayList<>()).add(f);
            }
        }
        if (byStatement.isEmpty()) {
            out.println("Key figures: none found");
            return;
        }
        out.println("Key figures (" + byStatement.size() + "):");
        int keyWidth = 0;
        int valueWidth = 0;
        int labelWidth = 0;
        for (List<Fact> same : byStatement.values()) {
            Fact f = same.get(0);
            keyWidth = Math.max(keyWidth, DisplayWidth.of(f.canonical()));
            valueWidth = Math.max(valueWidth, DisplayWidth.of(StatedValue.of(f)));
            labelWidth = Math.max(labelWidth, Math.min(MAX_LABEL_COLUMN, DisplayWidth.of(f.label())));
        }
        for (List<Fact> same : byStatement.values()) {
            Fact f = same.get(0);
            StringBuilder line = new StringBuilder(INDENT)
                    .append(DisplayWidth.pad(f.canonical(), keyWidth)).append("  ")
                    .append(DisplayWidth.pad(StatedValue.of(f), valueWidth)).append("  ")
                    .append(DisplayWidth.pad(f.label(), labelWidth)).append("  ")
                    .append(f.location().label());
            if (same.size() > 1) {
                List<String> also = same.subList(1, same.size()).stream().map(g -> g.location().label()).toList();
                line.append("  (also ").append(String.join(", ", also.subList(0, Math.min(MAX_ALSO, also.size()))));
                if (also.size() > MAX_ALSO) {
                    line.append(" and ").append(also.size() - MAX_ALSO).append(" more");
                }
                line.append(')');
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private void projects(List<EvaluatedProject> projects) {
        if (projects.isEmpty()) {
            out.println("Projects: none found");
            return;
        }
        out.println("Projects (" + projects.size() + "):");
        int number = 0;
        for (EvaluatedProject p : projects) {
            List<String> parts = new ArrayList<>();
            figure(parts, "funds", p.funds());
            figure(parts, "initial budget", p.budgetInitial());
            figure(parts, "adjusted budget", p.budgetAdjusted());
            figure(parts, "executed", p.executed());
            figure(parts, "execution rate", p.executionRate());
            figure(parts, "score", p.score());
            figure(parts, "grade", p.grade());
            if (!p.evaluator().isEmpty()) {
                parts.add("evaluator " + oneLine(p.evaluator()));
            }
            StringBuilder line = new StringBuilder(INDENT).append(++number).append(". ").append(oneLine(p.name()));
            if (!parts.isEmpty()) {
                line.append(": ").append(String.join(", ", parts));
            }
            if (!p.factIds().isEmpty()) {
                line.append("  [").append(String.join(" ", p.factIds())).append(']');
            }
            out.println(line);
        }
    }

    private static void figure(List<String> parts, String name, Optional<Fact> fact) {
        fact.ifPresent(f -> parts.add(name + " " + StatedValue.of(f)));
    }

    private void findings(List<Finding> findings) {
        int e = 0;
        int w = 0;
        int i = 0;
        for (Finding f : findings) {
            switch (f.severity()) {
                case ERROR -> e++;
                case WARNING -> w++;
                case INFO -> i++;
            }
        }
        errors += e;
        warnings += w;
        infos += i;
        if (findings.isEmpty()) {
            out.println("Findings: none");
            return;
        }
        out.println("Findings: " + count(e, "error") + ", " + count(w, "warning") + ", " + i + " info");
        for (int n = 0; n < findings.size(); n++) {
            finding(Report.findingId(n), findings.get(n));
        }
    }

    private void finding(String id, Finding f) {
        out.println(INDENT + DisplayWidth.pad(id, 4) + DisplayWidth.pad(label(f.severity()), 8) + f.check());
        for (String line : f.message().split("\\R")) {
            if (!line.isBlank()) {
                out.println(DETAIL + line.strip());
            }
        }
        List<String> numbers = new ArrayList<>();
        f.expected().ifPresent(v -> numbers.add("expected " + StatedValue.inUnit(v, f.unit())));
        f.actual().ifPresent(v -> numbers.add("actual " + StatedValue.inUnit(v, f.unit())));
        // a gap between two percents is in percentage points, not a percent of anything
        String gapUnit = f.unit().equals("percent") ? "percentage_point" : f.unit();
        f.difference().ifPresent(v -> numbers.add("difference " + (v.signum() > 0 ? "+" : "")
                + StatedValue.inUnit(v, gapUnit)));
        f.tolerance().ifPresent(v -> numbers.add("tolerance ±" + StatedValue.inUnit(v.abs(), gapUnit)));
        if (!numbers.isEmpty()) {
            out.println(DETAIL + String.join(" · ", numbers));
        }
        for (String line : QuoteLines.of(f.quotes())) {
            out.println(DETAIL + line);
        }
    }

    private static String label(Severity severity) {
        return severity.label().toUpperCase(Locale.ROOT);
    }

    private static String oneLine(String text) {
        return QuoteLines.oneLine(text);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
