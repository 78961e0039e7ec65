package org.fiscalextract.exporter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fiscalextract.model.check.EvaluatedProject;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Quantity;

/**
 * {@code projects.csv}: one row per evaluated project or fund, in the same RFC 4180 dialect as
 * {@link DocumentsCsv}. Amounts are exact decimals in yuan, {@code execution_rate} in percent,
 * {@code score} in points, {@code grade} the normalized grade (优|良|中|差); a column is empty when
 * the report does not state it. {@code fact_ids} lists the facts the row was read from, space
 * separated, in column order.
 *
 * <p>A figure whose fact is not of the column's kind (an amount where a rate belongs) is left
 * empty rather than written in the wrong unit; its fact id is still listed.
 */
public final class ProjectsCsv {
    /** The contract's columns, in order; new columns are only ever added at the end. */
    public static final List<String> HEADER = List.of("doc_id", "project", "funds_yuan", "budget_initial_yuan",
            "budget_adjusted_yuan", "executed_yuan", "execution_rate", "score", "grade", "evaluator", "fact_ids");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final CSVPrinter printer;

    private ProjectsCsv(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(HEADER);
    }

    /** Writes the header and every project of one document. */
    public static void write(Appendable out, String docId, Iterable<EvaluatedProject> projects) throws IOException {
        ProjectsCsv csv = start(out);
        csv.rows(docId, projects);
        csv.flush();
    }

    /** Writes the header now; documents' projects follow one document at a time. */
    public static ProjectsCsv start(Appendable out) throws IOException {
        return new ProjectsCsv(out);
    }

    public void rows(String docId, Iterable<EvaluatedProject> projects) throws IOException {
        List<EvaluatedProject> list = new ArrayList<>();
        projects.forEach(list::add);
        for (List<String> row : ContractRows.projects(docId, list)) {
            printer.printRecord(row);
        }
    }

    /** Writes a row another run wrote, as it was (the values of {@link #HEADER}, in order). */
    public void copy(List<String> values) throws IOException {
        printer.printRecord(values);
    }

    public void flush() throws IOException {
        printer.flush();
    }

    /** The values of the columns from {@code project} to {@code evaluator}, as written. */
    static List<String> cells(EvaluatedProject p) {
        return List.of(p.name(), yuan(p.funds()), yuan(p.budgetInitial()), yuan(p.budgetAdjusted()),
                yuan(p.executed()), percent(p.executionRate()), points(p.score()), grade(p.grade()), p.evaluator());
    }

    private static String yuan(Optional<Fact> fact) {
        return fact.map(Fact::quantity).filter(Quantity.Amount.class::isInstance).map(Quantity::valueLabel)
                .orElse("");
    }

    private static String percent(Optional<Fact> fact) {
        return fact.map(Fact::quantity).filter(q -> q instanceof Quantity.Rate r && !r.percentagePoints())
                .map(Quantity::valueLabel).orElse("");
    }

    private static String points(Optional<Fact> fact) {
        return fact.map(Fact::quantity).filter(Quantity.Score.class::isInstance).map(Quantity::valueLabel)
                .orElse("");
    }

    private static String grade(Optional<Fact> fact) {
        return fact.map(Fact::quantity).filter(Quantity.Grade.class::isInstance).map(Quantity::valueLabel)
                .orElse("");
    }
}
