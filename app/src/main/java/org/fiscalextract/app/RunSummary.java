package org.fiscalextract.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.fiscalextract.model.document.DocumentRecord;
import org.fiscalextract.model.document.ReadStatus;

/**
 * The counts and the files that need a look, for the lines printed at the end of a run. Rows are
 * added in input order, so the listed problems follow documents.csv.
 */
final class RunSummary {
    static final int MAX_PROBLEM_LINES = 20;

    private int ok;
    private int partial;
    private int failed;
    private final List<String> problemLines = new ArrayList<>();
    private int problems;

    void add(DocumentRecord record) {
        switch (record.status()) {
            case OK -> ok++;
            case PARTIAL -> partial++;
            case FAILED -> failed++;
        }
        if (record.status() != ReadStatus.OK) {
            addProblem(String.format(Locale.ROOT, "%-8s %s: %s", record.status().label(), record.sourcePath(),
                    oneLine(record.error())));
        }
    }

    /** A problem that is not a row of documents.csv, such as a folder that could not be searched. */
    void addProblem(String line) {
        problems++;
        if (problemLines.size() < MAX_PROBLEM_LINES) {
            problemLines.add(line);
        }
    }

    int files() {
        return ok + partial + failed;
    }

    int exitCode() {
        return problems == 0 ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    }

    /** {@code 42 files: 39 ok, 1 partial, 2 failed in 12.3 s (3.4 docs/s) → out/documents.csv}, then the problems. */
    void print(PrintWriter out, double seconds, String csvPath) {
        double rate = seconds > 0 ? files() / seconds : 0;
        out.printf(Locale.ROOT, "%d %s: %d ok, %d partial, %d failed in %.1f s (%.1f docs/s) → %s%n",
                files(), files() == 1 ? "file" : "files", ok, partial, failed, seconds, rate, csvPath);
        for (String line : problemLines) {
            out.println("  " + line);
        }
        if (problems > problemLines.size()) {
            out.println("  … and " + (problems - problemLines.size()) + " more, see documents.csv");
        }
        out.flush();
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
