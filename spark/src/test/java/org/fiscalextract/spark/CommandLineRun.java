package org.fiscalextract.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.fiscalextract.app.FiscalExtractCommand;

import picocli.CommandLine;

/** Runs {@code fiscal-extract} in this JVM, as its Main would. */
final class CommandLineRun {
    record Result(int exitCode, String out, String err) {
    }

    private CommandLineRun() {
    }

    static Result run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = FiscalExtractCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err));
        int exitCode = commandLine.execute(args.toArray(String[]::new));
        return new Result(exitCode, out.toString(), err.toString());
    }
}
