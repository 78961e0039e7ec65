package org.fiscalextract.exporter;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;

/**
 * What one document adds to the comparison, made from its documents.csv row and its rows of
 * facts.csv, projects.csv and findings.csv: the row it belongs to, the first fact it has for
 * each key figure, and how many projects and findings of each kind. It stays a few hundred
 * bytes however many facts the document has, so it can be made where the document was read
 * (a Spark executor) and sent to where the comparison is written.
 */
public final class ComparisonPart implements Serializable {
    private static final long serialVersionUID = 1L;

    final String docId;
    final String regionCode;
    final String region;
    final String fiscalYear;
    final String department;
    final String province;
    final String prefecture;
    final String docKind;
    final boolean failed;
    final ArrayList<String> tablesMissing = new ArrayList<>();
    /** canonical key → {value, doc_id:fact_id} of the document's first fact that qualifies. */
    final HashMap<String, String[]> figures = new HashMap<>();
    /** comparison column (projects_good, findings_error, …) → count. */
    final HashMap<String, Integer> counts = new HashMap<>();

    private ComparisonPart(ContractCsv.Row document) {
        expect(document, ContractSchema.DOCUMENTS);
        docId = document.get("doc_id");
        regionCode = document.get("region_code");
        region = document.get("region");
        fiscalYear = document.get("fiscal_year");
        department = document.get("department");
        province = document.get("province");
        prefecture = document.get("prefecture");
        docKind = document.get("doc_kind");
        failed = document.get("status").equals("failed");
        for (String table : document.get("tables_missing").split(";")) {
            if (!table.isEmpty()) {
                tablesMissing.add(table);
            }
        }
    }

    /** The part of the document a documents.csv row describes; its other rows follow. */
    public static ComparisonPart of(ContractCsv.Row document) {
        return new ComparisonPart(document);
    }

    public String docId() {
        return docId;
    }

    /** Takes a facts.csv row of this document, in fact order. */
    public void fact(ContractCsv.Row row) {
        expect(row, ContractSchema.FACTS);
        String canonical = row.get("canonical");
        if (Comparison.FIGURES.contains(canonical) && KeyFigure.qualifies(row)) {
            figures.putIfAbsent(canonical, new String[]{row.get("value"), row.get("doc_id") + ":" + row.get("fact_id")});
        }
    }

    /** Takes a projects.csv row of this document. */
    public void project(ContractCsv.Row row) {
        expect(row, ContractSchema.PROJECTS);
        count("projects_evaluated");
        String grade = Comparison.GRADE_COLUMNS.get(row.get("grade"));
        if (grade != null) {
            count(grade);
        }
    }

    /** Takes a findings.csv row of this document. */
    public void finding(ContractCsv.Row row) {
        expect(row, ContractSchema.FINDINGS);
        count("findings_" + row.get("severity"));
    }

    private void count(String column) {
        counts.merge(column, 1, Integer::sum);
    }

    private void expect(ContractCsv.Row row, ContractSchema.Table table) {
        if (!row.table().name().equals(table.name())) {
            throw new IllegalArgumentException("a " + table.name() + " row expected, not " + row.table().name());
        }
        if (table != ContractSchema.DOCUMENTS && !row.get("doc_id").equals(docId)) {
            throw new IllegalArgumentException("a row of " + row.get("doc_id") + " given to the part of " + docId);
        }
    }
}
