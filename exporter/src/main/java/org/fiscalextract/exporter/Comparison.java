package org.fiscalextract.exporter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 */
public final class Comparison {
    /** The canonical keys with a column of their own, in column order. */
    static final List<String> FIGURES = List.of("budget_total", "executed_amount", "execution_rate",
            "self_eval_score", "grade", "income_total", "expenditure_total", "basic_expenditure",
            "project_expenditure", "three_public_total");
    private static final Map<String, String> GRADE_COLUMNS = Map.of("优", "projects_excellent", "良", "projects_good",
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

        void count(String column) {
            counts.merge(column, 1, Integer::sum);
        }
    }

    private static final Key NO_KEY = new Key("", "", "", "");

    private final Map<Key, Group> groups = new TreeMap<>();
    private final Map<String, Group> byDoc = new LinkedHashMap<>();

    private Comparison() {
    }

    /** Reads the output folders, in order, and writes the comparison table to {@code out}. */
    public static void write(List<Path> outDirs, Appendable out) throws IOException {
        Comparison comparison = new Comparison();
        for (Path dir : outDirs) {
            comparison.add(dir);
        }
        comparison.print(out);
    }

    private void add(Path dir) throws IOException {
        Set<String> docsHere = new LinkedHashSet<>();
        ContractCsv.forEach(dir, ContractSchema.DOCUMENTS, row -> {
            String docId = row.get("doc_id");
            Key key = new Key(row.get("region_code"), row.get("region"), row.get("fiscal_year"), row.get("department"));
            if (docId.isEmpty() || byDoc.containsKey(docId) || row.get("status").equals("failed")
                    || key.equals(NO_KEY)) {
                return;
            }
            Group group = groups.computeIfAbsent(key, k -> new Group());
            group.province = group.province.isEmpty() ? row.get("province") : group.province;
            group.prefecture = group.prefecture.isEmpty() ? row.get("prefecture") : group.prefecture;
            group.docIds.add(docId);
            if (!row.get("doc_kind").isEmpty()) {
                group.kinds.add(row.get("doc_kind"));
            }
            for (String table : row.get("tables_missing").split(";")) {
                if (!table.isEmpty()) {
                    group.tablesMissing.add(table);
                }
            }
            byDoc.put(docId, group);
            docsHere.add(docId);
        });
        ContractCsv.forEach(dir, ContractSchema.FACTS, row -> {
            Group group = docsHere.contains(row.get("doc_id")) ? byDoc.get(row.get("doc_id")) : null;
            String canonical = row.get("canonical");
            if (group != null && FIGURES.contains(canonical) && KeyFigure.qualifies(row)) {
                group.figures.putIfAbsent(canonical,
                        new String[]{row.get("value"), row.get("doc_id") + ":" + row.get("fact_id")});
            }
        });
        ContractCsv.forEach(dir, ContractSchema.PROJECTS, row -> {
            Group group = docsHere.contains(row.get("doc_id")) ? byDoc.get(row.get("doc_id")) : null;
            if (group != null) {
                group.count("projects_evaluated");
                String grade = GRADE_COLUMNS.get(row.get("grade"));
                if (grade != null) {
                    group.count(grade);
                }
            }
        });
        ContractCsv.forEach(dir, ContractSchema.FINDINGS, row -> {
            Group group = docsHere.contains(row.get("doc_id")) ? byDoc.get(row.get("doc_id")) : null;
            if (group != null) {
                group.count("findings_" + row.get("severity"));
            }
        });
    }

    private void print(Appendable out) throws IOException {
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
