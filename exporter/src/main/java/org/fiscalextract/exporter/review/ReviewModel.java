package org.fiscalextract.exporter.review;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.fiscalextract.exporter.ContractCsv;

/**
 * What the review page shows of one output folder: documents with their key figures, findings
 * with excerpts of the text, and facts for the table, each list cut at its limit while the
 * totals count every row of the CSV files.
 *
 * @param statuses   how many documents of each status, all documents counted
 * @param severities how many findings of each severity, all findings counted
 * @param names      every document the page mentions, by doc_id: how it is called on the page
 */
record ReviewModel(List<Document> documents, long documentsTotal, List<Finding> findings, long findingsTotal,
        List<ContractCsv.Row> facts, long factsTotal, SortedMap<String, Long> statuses,
        SortedMap<String, Long> severities, Map<String, String> names) {

    /** The canonical keys shown as a document's key figures, in this order. */
    static final Map<String, String> KEY_FIGURES = keyFigures();

    /** The canonical keys shown for every document, in page order, each with its name on the page. */
    private static Map<String, String> keyFigures() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("budget_total", "预算数");
        names.put("executed_amount", "执行数");
        names.put("execution_rate", "执行率");
        names.put("self_eval_score", "自评得分");
        names.put("grade", "等级");
        return Collections.unmodifiableMap(names);
    }

    /** A documents.csv row with its key figures: the first exact fact of each key with no subject. */
    record Document(ContractCsv.Row row, Map<String, ContractCsv.Row> keyFigures) {
        Document {
            keyFigures = Map.copyOf(keyFigures);
        }
    }

    /** A findings.csv row with the excerpts of the text that show its quotes. */
    record Finding(ContractCsv.Row row, List<Excerpt> excerpts) {
        Finding {
            excerpts = List.copyOf(excerpts);
        }
    }

    ReviewModel {
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        facts = List.copyOf(facts);
        statuses = Collections.unmodifiableSortedMap(new TreeMap<>(statuses));
        severities = Collections.unmodifiableSortedMap(new TreeMap<>(severities));
        names = Map.copyOf(names);
    }

    /** How a document is called on the page: region, year and department, or its file when unread. */
    static String name(ContractCsv.Row document) {
        String name = String.join(" ", List.of(document.get("region"), document.get("fiscal_year"),
                document.get("department")).stream().filter(s -> !s.isEmpty()).toList());
        return name.isEmpty() ? document.get("source_path") : name;
    }
}
