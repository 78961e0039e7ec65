package org.fiscalextract.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fiscalextract.exporter.ComparisonPart;
import org.fiscalextract.exporter.ContractCsv;
import org.fiscalextract.exporter.ContractSchema;

/**
 * What one input file gave on an executor: its documents.csv row and its content's rows of
 * facts.csv, projects.csv and findings.csv, all as text in contract column order.
 *
 * @param order    the file's path inside the INPUT folder, name by name ({@link InputOrder})
 * @param document its documents.csv row
 */
record FileResult(List<String> order, List<String> document, List<List<String>> facts,
                  List<List<String>> projects, List<List<String>> findings) implements Serializable {
    static final int DOC_ID = column(ContractSchema.DOCUMENTS, "doc_id");
    static final int SOURCE_PATH = column(ContractSchema.DOCUMENTS, "source_path");
    static final int MILLIS = column(ContractSchema.DOCUMENTS, "millis");
    static final int PROVINCE = column(ContractSchema.DOCUMENTS, "province");
    static final int FISCAL_YEAR = column(ContractSchema.DOCUMENTS, "fiscal_year");
    static final int STATUS = column(ContractSchema.DOCUMENTS, "status");

    /** Empty when the file could not be opened. */
    String docId() {
        return document.get(DOC_ID);
    }

    /**
     * The file's documents.csv row. A file whose content another file has first (in input order)
     * gets that file's row with its own path and time, as in the command line, where a content is
     * read once.
     */
    List<String> documentRow(Map<String, FirstFile> firsts) {
        FirstFile first = firsts.get(docId());
        if (first == null || first.order().equals(order)) {
            return document;
        }
        List<String> row = new ArrayList<>(first.document());
        row.set(SOURCE_PATH, document.get(SOURCE_PATH));
        row.set(MILLIS, document.get(MILLIS));
        return row;
    }

    /** Whether this file's rows stand for its content: it has one, and no file before it has the same. */
    boolean carriesRows(Map<String, FirstFile> firsts) {
        if (docId().isEmpty()) {
            return false;
        }
        FirstFile first = firsts.get(docId());
        return first == null || first.order().equals(order);
    }

    /** What the content adds to comparison.csv, made here so only it travels to the driver. */
    ComparisonPart comparisonPart() {
        ComparisonPart part = ComparisonPart.of(new ContractCsv.Row(ContractSchema.DOCUMENTS, document));
        for (List<String> row : facts) {
            part.fact(new ContractCsv.Row(ContractSchema.FACTS, row));
        }
        for (List<String> row : projects) {
            part.project(new ContractCsv.Row(ContractSchema.PROJECTS, row));
        }
        for (List<String> row : findings) {
            part.finding(new ContractCsv.Row(ContractSchema.FINDINGS, row));
        }
        return part;
    }

    String province() {
        return document.get(PROVINCE);
    }

    String fiscalYear() {
        return document.get(FISCAL_YEAR);
    }

    private static int column(ContractSchema.Table table, String name) {
        return table.header().indexOf(name);
    }

    /**
     * The first file, in input order, of a content more than one file has.
     *
     * @param files how many files have it
     */
    record FirstFile(List<String> order, List<String> document, int files) implements Serializable {
        static FirstFile of(FileResult r) {
            return new FirstFile(r.order(), r.document(), 1);
        }

        FirstFile earlier(FirstFile other) {
            FirstFile first = InputOrder.BY_PATH.compare(order, other.order) <= 0 ? this : other;
            return new FirstFile(first.order, first.document, files + other.files);
        }
    }
}
