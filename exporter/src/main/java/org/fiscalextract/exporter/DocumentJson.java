package org.fiscalextract.exporter;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.check.EvaluatedProject;
import org.fiscalextract.model.check.Finding;
import org.fiscalextract.model.check.Quote;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.DocumentFacts;
import org.fiscalextract.model.document.DocumentMetadata;
import org.fiscalextract.model.document.FactEvidence;
import org.fiscalextract.model.document.PageSpan;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.ReadProblem;
import org.fiscalextract.model.document.Table;
import org.fiscalextract.model.document.TableCell;
import org.fiscalextract.model.document.TableInventory;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Quantity;
import org.fiscalextract.model.report.Report;

/**
 * {@code json/<doc_id>.json}: everything known about one document — how it was read, its
 * metadata, what it says about itself (with evidence), its pages, its tables cell by cell and
 * its facts, the projects it evaluates and its findings (each quote with the sentence it stands in).
 * Field names match the CSV columns; values are exact decimal strings, as in the CSVs, and empty
 * strings where the CSV cell is empty; {@code fact_ids} are arrays.
 */
public final class DocumentJson {
    private DocumentJson() {
    }

    public static void write(Appendable out, Report report) throws IOException {
        JsonWriter json = new JsonWriter(out);
        ReadOutcome outcome = report.outcome();
        json.beginObject()
                .field("doc_id", report.docId())
                .field("format", outcome.format().label())
                .field("status", outcome.status().label())
                .field("error", outcome.message())
                .field("error_code", outcome.problem().map(ReadProblem::code).orElse(""));
        Optional<ParsedDocument> doc = outcome.document();
        if (doc.isPresent()) {
            metadata(json, doc.get().metadata());
        }
        documentFacts(json, report.documentFacts());
        if (doc.isPresent()) {
            pages(json, doc.get());
            tables(json, doc.get());
        }
        standardTables(json, report.standardTables());
        facts(json, report);
        projects(json, report);
        findings(json, report);
        json.name("warnings").beginArray();
        if (doc.isPresent()) {
            for (String warning : doc.get().warnings()) {
                json.value(warning);
            }
        }
        json.endArray();
        json.endObject();
    }

    private static void metadata(JsonWriter json, DocumentMetadata m) throws IOException {
        json.name("metadata").beginObject()
                .field("title", m.title())
                .field("author", m.author())
                .field("created", m.created())
                .field("modified", m.modified())
                .field("producer", m.producer())
                .field("content_type", m.contentType())
                .field("charset", m.charset())
                .field("page_count", m.pageCount())
                .endObject();
    }

    private static void documentFacts(JsonWriter json, DocumentFacts f) throws IOException {
        json.name("document").beginObject()
                .field("region", f.region())
                .field("region_code", f.regionCode())
                .field("province", f.province())
                .field("prefecture", f.prefecture())
                .field("department", f.department())
                .field("fiscal_year", f.fiscalYear())
                .field("doc_kind", f.docKind());
        json.name("evidence").beginObject();
        evidence(json, "region", f.regionEvidence());
        evidence(json, "department", f.departmentEvidence());
        evidence(json, "fiscal_year", f.fiscalYearEvidence());
        evidence(json, "doc_kind", f.docKindEvidence());
        json.endObject().endObject();
    }

    private static void evidence(JsonWriter json, String name, Optional<FactEvidence> evidence) throws IOException {
        if (evidence.isEmpty()) {
            return;
        }
        FactEvidence e = evidence.get();
        json.name(name).beginObject()
                .field("source", e.source().name().toLowerCase(java.util.Locale.ROOT))
                .field("text", e.text())
                .field("start", e.start())
                .field("end", e.end())
                .field("rule", e.rule())
                .endObject();
    }

    /** Each standard budget table: present (with its table number), declared empty or missing. */
    private static void standardTables(JsonWriter json, TableInventory tables) throws IOException {
        json.name("standard_tables").beginArray();
        for (TableInventory.Entry e : tables.entries()) {
            json.beginObject().field("kind", e.kind()).field("name", e.name()).field("status", e.status().label())
                    .field("table", e.table()).endObject();
        }
        json.endArray();
    }

    private static void pages(JsonWriter json, ParsedDocument doc) throws IOException {
        json.name("pages").beginArray();
        for (PageSpan page : doc.pages()) {
            json.beginObject().field("page", page.number()).field("start", page.start()).field("end", page.end())
                    .endObject();
        }
        json.endArray();
    }

    private static void tables(JsonWriter json, ParsedDocument doc) throws IOException {
        json.name("tables").beginArray();
        for (Table table : doc.tables()) {
            json.beginObject()
                    .field("table", table.number())
                    .field("page", table.page())
                    .field("rows", table.rowCount())
                    .field("columns", table.columnCount());
            json.name("cells").beginArray();
            for (TableCell cell : table.cells()) {
                Block block = doc.block(cell.block());
                json.beginObject()
                        .field("row", cell.row())
                        .field("col", cell.col())
                        .field("rowspan", cell.rowSpan())
                        .field("colspan", cell.colSpan())
                        .field("text", block.text())
                        .field("start", block.start())
                        .field("end", block.end())
                        .field("location", block.location().label())
                        .endObject();
            }
            json.endArray().endObject();
        }
        json.endArray();
    }

    private static void facts(JsonWriter json, Report report) throws IOException {
        json.name("facts").beginArray();
        for (Fact f : report.facts()) {
            Quantity q = f.quantity();
            json.beginObject()
                    .field("fact_id", f.factId())
                    .field("kind", q.kind())
                    .field("label", f.label())
                    .field("canonical", f.canonical())
                    .field("subject", f.subject())
                    .field("value", q.valueLabel())
                    .field("unit", q.unitLabel())
                    .field("qualifier", f.qualifier().label())
                    .field("value_wan", q instanceof Quantity.Amount a ? Quantity.plain(a.wan()) : "")
                    .field("text", f.text())
                    .field("start", f.start())
                    .field("end", f.end())
                    .field("location", f.location().label())
                    .field("rule", f.rule())
                    .field("context", f.context())
                    .endObject();
        }
        json.endArray();
    }

    private static void projects(JsonWriter json, Report report) throws IOException {
        List<String> names = ProjectsCsv.HEADER.subList(1, ProjectsCsv.HEADER.size() - 1);
        json.name("projects").beginArray();
        for (EvaluatedProject p : report.projects()) {
            List<String> cells = ProjectsCsv.cells(p);
            json.beginObject();
            for (int i = 0; i < names.size(); i++) {
                json.field(names.get(i), cells.get(i));
            }
            factIds(json, p.factIds());
            json.endObject();
        }
        json.endArray();
    }

    private static void findings(JsonWriter json, Report report) throws IOException {
        json.name("findings").beginArray();
        List<Finding> findings = report.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            json.beginObject()
                    .field("finding_id", Report.findingId(i))
                    .field("check", f.check())
                    .field("severity", f.severity().label())
                    .field("message", f.message())
                    .field("unit", f.unit())
                    .field("expected", FindingsCsv.decimal(f.expected()))
                    .field("actual", FindingsCsv.decimal(f.actual()))
                    .field("difference", FindingsCsv.decimal(f.difference()))
                    .field("tolerance", FindingsCsv.decimal(f.tolerance()));
            factIds(json, f.factIds());
            json.name("quotes").beginArray();
            for (Quote q : f.quotes()) {
                json.beginObject()
                        .field("fact_id", q.factId())
                        .field("text", q.text())
                        .field("sentence", q.sentence())
                        .field("location", q.location())
                        .endObject();
            }
            json.endArray().endObject();
        }
        json.endArray();
    }

    private static void factIds(JsonWriter json, List<String> ids) throws IOException {
        json.name("fact_ids").beginArray();
        for (String id : ids) {
            json.value(id);
        }
        json.endArray();
    }
}
