package org.fiscalextract.exporter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code comparison.csv}: one row per region, fiscal year and department, the same figures in
 * the same columns for every county, made from the contract CSVs of one or more output folders.
 * A figure is the first fact in input order that {@link KeyFigure} accepts for its canonical
 * key; its {@code _fact} column says which fact it is ({@code doc_id:fact_id}). A document read twice
 * (the same content in two files or two runs) counts once. A document that could not be read,
 * or names no region, year or department, has nothing to be compared by and no row here;
 * documents.csv lists it.
 *
 * <p>The table is built from one {@link ComparisonPart} per document, {@link #add added} in input
 * order: from output folders by {@link #write}, or from parts made elsewhere (the Spark job's
 * executors) and gathered in one place.
 */
public final class Comparison {
    /** The canonical keys with a column of their own, in column order. */
    static final List<String> FIGURES = List.of("budget_total", "executed_amount", "execution_rate",
            "self_eval_score", "grade", "income_total", "expenditure_total", "basic_expenditure",
            "project_expenditure", "three_public_total");
    static final Map<String, String> GRADE_COLUMNS = Map.of("优", "projects_excellent", "良", "projects_good",
            "中", "projects_fair", "差", "projects_poor");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private record Key(String regionCode, String region, String fiscalYear, String department) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return (regionCode + '\u0000' + region + '\u0000' + fiscalYear + '\u0000' + department)
                    .compareTo(o.regionCode + '\u0000' + o.region + '\u0000' + o.fiscalYear + '\u0000' + o.department);
        }
    }

    /** What is known so far of one row. */
    private static final class Group {
        String province = "";
        String prefecture = "";
        final List<String> docIds = new ArrayList<>();
        final Set<String> kinds = new LinkedHashSet<>();
        final Map<String, String[]> figures = new HashMap<>();
        final Map<String, Integer> counts = new HashMap<>();
        final Set<String> tablesMissing = new LinkedHashSet<>();

        void add(ComparisonPart part) {
            province = province.isEmpty() ? part.province : province;
            prefecture = prefecture.isEmpty() ? part.prefecture : prefecture;
            docIds.add(part.docId);
            if (!part.docKind.isEmpty()) {
                kinds.add(part.docKind);
            }
            tablesMissing.addAll(part.tablesMissing);
            // a part holds its document's first qualifying fact per key: the group's first is the
            // first part's, as parts come in input order
            part.figures.forEach(figures::putIfAbsent);
            part.counts.forEach((column, n) -> counts.merge(column, n, Integer::sum));
        }
    }

    private static final Key NO_KEY = new Key("", "", "", "");

    private final Map<Key, Group> groups = new TreeMap<>();
    private final Set<String> counted = new HashSet<>();

    /** An empty table: {@link #add} parts, then {@link #print}. */
    public Comparison() {
    }

    /** Reads the output folders, in order, and writes the comparison table to {@code out}. */
    public static void write(List<Path> outDirs, Appendable out) throws IOException {
        Comparison comparison = new Comparison();
        boolean inOrder = true;
        for (int i = 0; i < outDirs.size() && inOrder; i++) {
            inOrder = comparison.addInOrder(outDirs.get(i));
        }
        if (!inOrder) {
            comparison = new Comparison();
            for (Path dir : outDirs) {
                for (ComparisonPart part : parts(dir)) {
                    comparison.add(part);
                }
            }
        }
        comparison.print(out);
    }

    /**
     * Adds an output folder's documents one at a time, holding one part, not one per document:
     * a run writes each document's facts, projects and findings together, in documents.csv
     * order. False when the folder's rows are not in that order (then what was added is void).
     */
    private boolean addInOrder(Path dir) throws IOException {
        Set<String> seen = new HashSet<>();
        try (ContractCsv.Rows documents = ContractCsv.Rows.open(dir, ContractSchema.DOCUMENTS);
             ContractCsv.Rows facts = ContractCsv.Rows.open(dir, ContractSchema.FACTS);
             ContractCsv.Rows projects = ContractCsv.Rows.open(dir, ContractSchema.PROJECTS);
             ContractCsv.Rows findings = ContractCsv.Rows.open(dir, ContractSchema.FINDINGS)) {
            for (ContractCsv.Row row; (row = documents.next()) != null; ) {
                String docId = row.get("doc_id");
                if (!seen.add(docId)) {
                    continue; // a copy: its content's rows came with its first file
                }
                ComparisonPart part = ComparisonPart.of(row);
                for (ContractCsv.Row r : rowsOf(facts, docId)) {
                    part.fact(r);
                }
                for (ContractCsv.Row r : rowsOf(projects, docId)) {
                    part.project(r);
                }
                for (ContractCsv.Row r : rowsOf(findings, docId)) {
                    part.finding(r);
                }
                add(part);
            }
            // a row left over stood out of documents.csv's order, or belongs to no document
            return facts.peek() == null && projects.peek() == null && findings.peek() == null;
        }
    }

    /** The rows at the head of {@code rows} that belong to {@code docId}. */
    private static List<ContractCsv.Row> rowsOf(ContractCsv.Rows rows, String docId) {
        List<ContractCsv.Row> taken = new ArrayList<>();
        while (rows.peek() != null && rows.peek().get("doc_id").equals(docId)) {
            taken.add(rows.next());
        }
        return taken;
    }

    /**
     * Adds one document, in input order. A document already added (the same content again), one
     * that could not be read and one without region, year or department are left out.
     */
    public void add(ComparisonPart part) {
        Key key = new Key(part.regionCode, part.region, part.fiscalYear, part.department);
        if (part.docId.isEmpty() || part.failed || key.equals(NO_KEY) || !counted.add(part.docId)) {
            return;
        }
        groups.computeIfAbsent(key, k -> new Group()).add(part);
    }

    /**
     * The parts of the documents an output folder lists, in documents.csv order, each content
     * once, whatever order the other files' rows stand in.
     */
    private static List<ComparisonPart> parts(Path dir) throws IOException {
        Map<String, ComparisonPart> parts = new LinkedHashMap<>();
        ContractCsv.forEach(dir, ContractSchema.DOCUMENTS, row -> parts.putIfAbsent(row.get("doc_id"),
                ComparisonPart.of(row)));
        ContractCsv.forEach(dir, ContractSchema.FACTS, row -> {
            ComparisonPart part = parts.get(row.get("doc_id"));
            if (part != null) {
                part.fact(row);
            }
        });
        ContractCsv.forEach(dir, ContractSchema.PROJECTS, row -> {
            ComparisonPart part = parts.get(row.get("doc_id"));
            if (part != null) {
                part.project(row);
            }
        });
        ContractCsv.forEach(dir, ContractSchema.FINDINGS, row -> {
            ComparisonPart part = parts.get(row.get("doc_id"));
            if (part != null) {
                part.finding(row);
            }
        });
        return List.copyOf(parts.values());
    }

    /** Writes the table: header and one row per region, year and department, sorted by them. */
    public void print(Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        List<String> header = ContractSchema.COMPARISON.header();
        printer.printRecord(header);
        for (Map.Entry<Key, Group> e : groups.entrySet()) {
            Key key = e.getKey();
            Group g = e.getValue();
            Map<String, String> row = new HashMap<>();
            row.put("region_code", key.regionCode());
            row.put("region", key.region());
            row.put("province", g.province);
            row.put("prefecture", g.prefecture);
            row.put("fiscal_year", key.fiscalYear());
            row.put("department", key.department());
            row.put("documents", Integer.toString(g.docIds.size()));
            row.put("doc_ids", String.join(" ", g.docIds));
            row.put("doc_kinds", String.join(";", g.kinds));
            for (String figure : FIGURES) {
                String[] found = g.figures.get(figure);
                row.put(figure, found == null ? "" : found[0]);
                row.put(figure + "_fact", found == null ? "" : found[1]);
            }
            for (String column : header) {
                if (column.startsWith("projects_") || column.startsWith("findings_")) {
                    row.put(column, Integer.toString(g.counts.getOrDefault(column, 0)));
                }
            }
            row.put("tables_missing", String.join(";", g.tablesMissing));
            List<String> values = new ArrayList<>(header.size());
            for (String column : header) {
                String value = row.get(column);
                if (value == null) {
                    throw new IllegalStateException("comparison column without a value: " + column);
                }
                values.add(value);
            }
            printer.printRecord(values);
        }
        printer.flush();
    }
}
