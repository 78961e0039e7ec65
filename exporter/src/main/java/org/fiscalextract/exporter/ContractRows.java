package org.fiscalextract.exporter;

import java.util.ArrayList;
import java.util.List;

import org.fiscalextract.model.check.EvaluatedProject;
import org.fiscalextract.model.check.Finding;
import org.fiscalextract.model.document.DocumentRecord;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.report.Report;

/**
 * The rows of the contract's tables as text, each a list of values in its table's column order
 * ({@link ContractSchema}): what the CSV writers print and what the Spark job turns into its
 * tables, so both write the same values.
 */
public final class ContractRows {
    private ContractRows() {
    }

    /** A documents.csv row; {@code millis} is empty when not measured. */
    public static List<String> document(DocumentRecord r) {
        return List.of(r.docId(), r.sourcePath(), r.format(), Long.toString(r.bytes()), r.sha256(),
                r.status().label(), r.error(), r.region(), r.regionCode(), r.province(), r.prefecture(),
                r.department(), r.fiscalYear(), r.docKind(), Integer.toString(r.facts()),
                Integer.toString(r.findings()), r.millis() < 0 ? "" : Long.toString(r.millis()), r.errorCode(),
                r.tablesPresent(), r.tablesDeclaredEmpty(), r.tablesMissing());
    }

    /** The facts.csv rows of one document, in fact order. */
    public static List<List<String>> facts(String docId, List<Fact> facts) {
        List<List<String>> rows = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            rows.add(FactsCsv.values(docId, f));
        }
        return rows;
    }

    /** The projects.csv rows of one document. */
    public static List<List<String>> projects(String docId, List<EvaluatedProject> projects) {
        List<List<String>> rows = new ArrayList<>(projects.size());
        for (EvaluatedProject p : projects) {
            List<String> row = new ArrayList<>(ProjectsCsv.HEADER.size());
            row.add(docId);
            row.addAll(ProjectsCsv.cells(p));
            row.add(String.join(" ", p.factIds()));
            rows.add(List.copyOf(row));
        }
        return rows;
    }

    /** The findings.csv rows of one document, numbered by position as {@link Report#findingId(int)} numbers them. */
    public static List<List<String>> findings(String docId, List<Finding> findings) {
        List<List<String>> rows = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            rows.add(List.of(docId, Report.findingId(i), f.check(), f.severity().label(), f.message(),
                    FindingsCsv.decimal(f.expected()), FindingsCsv.decimal(f.actual()),
                    FindingsCsv.decimal(f.difference()), FindingsCsv.decimal(f.tolerance()),
                    String.join(" ", f.factIds()), FindingsCsv.quotes(f.quotes()), f.unit()));
        }
        return rows;
    }
}
