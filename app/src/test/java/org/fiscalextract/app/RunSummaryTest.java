package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.fiscalextract.model.document.DocumentRecord;
import org.fiscalextract.model.document.ReadStatus;
import org.junit.jupiter.api.Test;

class RunSummaryTest {
    private static DocumentRecord row(String path, ReadStatus status, String error) {
        return new DocumentRecord("0123456789abcdef", path, "pdf", 10, "0123456789abcdef" + "0".repeat(48), status,
                error, "", "", "", "", "", "", "", 0, 0, 5, status == ReadStatus.OK ? "" : "damaged",
                "", "", "");
    }

    private static String print(RunSummary summary, double seconds) {
        StringWriter out = new StringWriter();
        summary.print(new PrintWriter(out), seconds, "out/documents.csv");
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void countsAndTheFilesThatNeedALook() {
        RunSummary summary = new RunSummary();
        summary.add(row("a.pdf", ReadStatus.OK, ""));
        summary.add(row("b.pdf", ReadStatus.PARTIAL, "text cut off"));
        summary.add(row("c.pdf", ReadStatus.FAILED, "PDF is damaged\nand could not be read"));
        summary.add(row("d.pdf", ReadStatus.OK, ""));
        assertEquals("""
                4 files: 2 ok, 1 partial, 1 failed in 12.3 s (0.3 docs/s) → out/documents.csv
                  partial  b.pdf: text cut off
                  failed   c.pdf: PDF is damaged and could not be read
                """, print(summary, 12.34));
        assertEquals(1, summary.exitCode());
    }

    @Test
    void oneFileAllGood() {
        RunSummary summary = new RunSummary();
        summary.add(row("a.pdf", ReadStatus.OK, ""));
        assertEquals("1 file: 1 ok, 0 partial, 0 failed in 0.5 s (2.0 docs/s) → out/documents.csv\n",
                print(summary, 0.5));
        assertEquals(0, summary.exitCode());
    }

    @Test
    void aFolderThatCouldNotBeSearchedMakesTheRunIncomplete() {
        RunSummary summary = new RunSummary();
        summary.addProblem("in/locked: could not be searched (permission denied)");
        assertEquals(1, summary.exitCode());
    }
}
