package org.fiscalextract.app;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that say what a run writes (a picocli mixin). */
final class OutputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--format", paramLabel = "LIST", split = ",", defaultValue = "csv,json,xlsx,sqlite,html",
            description = "Which files to write, comma-separated: csv (documents, facts, projects, findings, "
                    + "comparison and divisions CSV files and datapackage.json; always written), json "
                    + "(json/<doc_id>.json and facts.jsonl), xlsx (workbook.xlsx), sqlite (facts.sqlite), "
                    + "html (report.html). Default: ${DEFAULT-VALUE}.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--no-bom",
            description = "Write the CSV files without the UTF-8 byte-order mark that tells Excel and WPS "
                    + "they are UTF-8 (some older tools show it as junk before the first column name).")
    boolean noBom;

    @Option(names = "--timings",
            description = "Fill documents.csv's millis column with the time each file took. Off by default, "
                    + "so that the same input gives byte-identical output.")
    boolean timings;

    OutputSettings settings() {
        Set<OutputFormat> chosen = EnumSet.noneOf(OutputFormat.class);
        for (String name : formats) {
            try {
                chosen.add(OutputFormat.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(command.commandLine(), "--format: unknown format '" + name.trim()
                        + "'; choose from csv, json, xlsx, sqlite, html");
            }
        }
        return new OutputSettings(!noBom, timings, chosen);
    }
}
