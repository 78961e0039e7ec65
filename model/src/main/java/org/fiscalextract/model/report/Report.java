package org.fiscalextract.model.report;

import java.util.List;
import java.util.Objects;

import org.fiscalextract.model.check.EvaluatedProject;
import org.fiscalextract.model.check.Finding;
import org.fiscalextract.model.document.ContentHash;
import org.fiscalextract.model.document.DocumentFacts;
import org.fiscalextract.model.document.DocumentRecord;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.ReadProblem;
import org.fiscalextract.model.document.SourceFormat;
import org.fiscalextract.model.document.TableInventory;
import org.fiscalextract.model.document.TableInventory.Status;
import org.fiscalextract.model.fact.Fact;

/**
 * Everything known about one input file after extraction: how it was read, what it says about
 * itself (region, year, kind), the quantities it states, the projects it evaluates, which
 * standard budget tables it holds, and what does not add up. Exporters write it; they never look back into the extractor. Findings are
 * numbered by their position: c1, c2, …
 */
public record Report(String docId, ReadOutcome outcome, DocumentFacts documentFacts, List<Fact> facts,
                     List<EvaluatedProject> projects, List<Finding> findings, TableInventory standardTables) {
    public Report {
        Objects.requireNonNull(docId);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(documentFacts);
        facts = List.copyOf(facts);
        projects = List.copyOf(projects);
        findings = List.copyOf(findings);
        Objects.requireNonNull(standardTables);
    }

    /** A report of a document that holds none of the standard budget tables. */
    public Report(String docId, ReadOutcome outcome, DocumentFacts documentFacts, List<Fact> facts,
                  List<EvaluatedProject> projects, List<Finding> findings) {
        this(docId, outcome, documentFacts, facts, projects, findings, TableInventory.NONE);
    }

    /** A report before projects and checks (or of a reading-only run). */
    public Report(String docId, ReadOutcome outcome, DocumentFacts documentFacts, List<Fact> facts) {
        this(docId, outcome, documentFacts, facts, List.of(), List.of());
    }

    /** A file read (or not) without looking for facts: a failed read, or a reading-only run. */
    public static Report withoutFacts(String docId, ReadOutcome outcome) {
        return new Report(docId, outcome, DocumentFacts.NONE, List.of());
    }

    /**
     * The report of a file whose reading threw although the pipeline promises it never does (a
     * bug, a class that failed to load, a document nested too deep): one file fails, not the run.
     */
    public static Report internalError(String docId, Throwable e) {
        return withoutFacts(docId, ReadOutcome.failed(SourceFormat.UNKNOWN, ReadProblem.PARSER_ERROR,
                "internal error while reading: " + e));
    }

    /**
     * This report's documents.csv row for the content {@code hash}, but for the file's path
     * (empty) and time (-1): every file with that content gets it, with its own path and time
     * put in by {@link DocumentRecord#forFile}.
     */
    public DocumentRecord record(ContentHash hash) {
        DocumentFacts about = documentFacts;
        return new DocumentRecord(hash.docId(), "", outcome.format().label(), hash.bytes(), hash.sha256(),
                outcome.status(), outcome.message(), about.region(), about.regionCode(), about.province(),
                about.prefecture(), about.department(), about.fiscalYear(), about.docKind(), facts.size(),
                findings.size(), -1, outcome.problem().map(ReadProblem::code).orElse(""),
                standardTables.kinds(Status.PRESENT), standardTables.kinds(Status.DECLARED_EMPTY),
                standardTables.kinds(Status.MISSING));
    }

    /** The id findings.csv gives the finding at {@code index} (from 0). */
    public static String findingId(int index) {
        return "c" + (index + 1);
    }
}
