package org.fiscalextract.app;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code fiscal-extract} command; the work is done by its subcommands. */
@Command(name = "fiscal-extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {ExtractCommand.class, CheckCommand.class, CompareCommand.class, EvaluateCommand.class,
            CommandLine.HelpCommand.class},
        description = "Turns Chinese county fiscal disclosures (Word, PDF, HTML, text, Excel) into "
                + "structured data for researchers, auditors and journalists.",
        footer = {"",
            "Examples:",
            "  fiscal-extract extract reports/ --out out",
            "  fiscal-extract check 2024年度部门决算说明.docx",
            "",
            "Run 'fiscal-extract extract --help' for what extract writes and all its options, "
                    + "'fiscal-extract check --help' for what check prints."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.ANY_OK_TEXT,
            ExitCodes.ANY_ONE_TEXT,
            ExitCodes.USAGE_TEXT,
            ExitCodes.ANY_FATAL_TEXT})
public final class FiscalExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** The command line as both {@link Main} and the tests run it. */
    public static CommandLine newCommandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new FiscalExtractCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setUsageHelpWidth(80);
        commandLine.setParameterExceptionHandler(FiscalExtractCommand::usageError);
        commandLine.setExecutionExceptionHandler(FiscalExtractCommand::fatalError);
        return commandLine;
    }

    /** Called without a command: nothing to do, which is a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("fiscal-extract: missing command; to read documents: fiscal-extract extract INPUT... --out DIR;"
                + " to check reports: fiscal-extract check FILE...");
        err.println();
        spec.commandLine().usage(err);
        return ExitCodes.USAGE;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("fiscal-extract: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** Anything a command did not handle itself: say what, without a stack trace unless asked. */
    private static int fatalError(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        err.println("fiscal-extract: internal error: " + e);
        if (debug(parseResult)) {
            e.printStackTrace(err);
        } else {
            err.println("Run again with --debug to see the details.");
        }
        err.flush();
        return ExitCodes.FATAL;
    }

    private static boolean debug(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
