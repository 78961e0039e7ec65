package org.fiscalextract.exporter.review;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fiscalextract.exporter.ContractCsv;
import org.fiscalextract.exporter.JsonWriter;

/**
 * The data behind the review page's fact table, as JSON for a {@code <script
 * type="application/json">} element: the columns, the documents the facts belong to (for the
 * document filter), and one array of strings per fact.
 */
final class ReviewJson {
    /** The facts.csv columns the table shows, in the order the script reads them. */
    static final List<String> COLUMNS = List.of("doc_id", "fact_id", "kind", "label", "canonical", "subject",
            "value", "unit", "text", "location");

    private ReviewJson() {
    }

    /**
     * Writes the JSON so that it cannot end its script element: every {@code <} is written as
     * {@code \u003c}, which JSON reads back as the same character. A {@code <} can only stand
     * inside a JSON string, so this changes no structure, and covers {@code </script} and
     * {@code <!--} alike.
     */
    static void writeInScript(Appendable out, ReviewModel model) throws IOException {
        StringBuilder json = new StringBuilder();
        write(json, model);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '<') {
                out.append("\\u003c");
            } else {
                out.append(c);
            }
        }
    }

    static void write(Appendable out, ReviewModel model) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("columns").beginArray();
        for (String column : COLUMNS) {
            json.value(column);
        }
        json.endArray();
        Set<String> docIds = new LinkedHashSet<>();
        model.facts().forEach(f -> docIds.add(f.get("doc_id")));
        json.name("documents").beginArray();
        for (String docId : docIds) {
            json.beginObject().field("doc_id", docId).field("name", model.names().getOrDefault(docId, "")).endObject();
        }
        json.endArray();
        json.name("facts").beginArray();
        for (ContractCsv.Row fact : model.facts()) {
            json.beginArray();
            for (String column : COLUMNS) {
                json.value(fact.get(column));
            }
            json.endArray();
        }
        json.endArray();
        json.endObject();
    }
}
