package org.fiscalextract.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.fiscalextract.exporter.Comparison;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fiscal-extract compare}: one comparison table from several extract runs. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Merge the output folders of several extract runs (one per province, say) into one "
                    + "comparison table: one row per region, fiscal year and department, the same "
                    + "figures in the same columns, each with the fact it came from. A document in "
                    + "several runs counts once.",
            "",
            "Example: fiscal-extract compare out-sichuan out-chongqing -o comparison.csv"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Written.", "2:Usage error (a folder is not an extract output folder).",
            "3:The table could not be written, or a folder's CSV files could not be read."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "OUT_DIR", arity = "1..*", description = "The --out folders of extract runs.")
    List<Path> runs = new ArrayList<>();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = "The comparison table to write (CSV).")
    Path target;

    @Option(names = "--no-bom", description = "Write the CSV file without the UTF-8 byte-order mark.")
    boolean noBom;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        for (Path run : runs) {
            if (!Files.isRegularFile(run.resolve(BatchRunner.DOCUMENTS_CSV))) {
                err.println("fiscal-extract compare: " + run + " is not the output folder of an extract run "
                        + "(it has no documents.csv)");
                err.flush();
                return ExitCodes.USAGE;
            }
        }
        OutputSettings settings = new OutputSettings(!noBom, false, OutputSettings.DEFAULT.formats());
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            DerivedOutputs.csv(target, settings, out -> Comparison.write(runs, out));
        } catch (IOException e) {
            err.println("fiscal-extract compare: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            err.flush();
            return ExitCodes.FATAL;
        }
        return 0;
    }
}
