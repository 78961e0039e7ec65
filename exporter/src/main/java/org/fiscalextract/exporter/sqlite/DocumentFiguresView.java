package org.fiscalextract.exporter.sqlite;

import java.util.ArrayList;
import java.util.List;

import org.fiscalextract.exporter.ContractSchema;
import org.fiscalextract.exporter.KeyFigure;

/**
 * The view {@code document_figures}: one row per document (each doc_id once, described by its
 * first row in documents) with its key figures side by side, for comparing documents in one
 * query. The figures are comparison.csv's (budget_total, executed_amount, execution_rate,
 * self_eval_score, grade …); each is the document's first fact, in facts.csv order, with that
 * canonical key that {@link KeyFigure} accepts (the same rule as the comparison's). Each comes with the fact_id it was read from; a number also comes as a number
 * and, at the end, as its exact text.
 */
final class DocumentFiguresView {
    static final String VIEW = "document_figures";
    static final String DESCRIPTION = "One row per document: region, year, department and its key figures, each the"
            + " first exact fact with that canonical key about the document's own department or region.";

    private static final List<String> DOCUMENT_COLUMNS = List.of("doc_id", "region_code", "region", "province",
            "prefecture", "fiscal_year", "department", "doc_kind");
    private static final String FACT_SUFFIX = "_fact";

    private DocumentFiguresView() {
    }

    /** comparison.csv's figures: its columns that have a {@code _fact} column beside them. */
    static List<ContractSchema.Column> figures() {
        ContractSchema.Table comparison = ContractSchema.COMPARISON;
        return comparison.columns().stream()
                .filter(c -> comparison.column(c.name() + FACT_SUFFIX).isPresent())
                .toList();
    }

    static String createSql() {
        List<String> select = new ArrayList<>();
        for (String column : DOCUMENT_COLUMNS) {
            select.add("d." + SqliteColumn.quote(column));
        }
        for (ContractSchema.Column figure : figures()) {
            String fact = alias(figure);
            String value = fact + ".\"value\"";
            select.add((isNumber(figure) ? "CAST(" + value + " AS NUMERIC)" : value) + " AS "
                    + SqliteColumn.quote(figure.name()));
            select.add(fact + ".\"fact_id\" AS " + SqliteColumn.quote(figure.name() + FACT_SUFFIX));
        }
        for (ContractSchema.Column figure : figures()) {
            if (isNumber(figure)) {
                select.add(alias(figure) + ".\"value\" AS "
                        + SqliteColumn.quote(figure.name() + SqliteTable.EXACT_SUFFIX));
            }
        }
        StringBuilder sql = new StringBuilder("CREATE VIEW " + SqliteColumn.quote(VIEW) + " AS\nSELECT\n  ")
                .append(String.join(",\n  ", select))
                .append("\nFROM \"documents\" AS d");
        for (ContractSchema.Column figure : figures()) {
            // a rowid lookup per figure: the index on facts (doc_id, canonical) keeps rowid order
            sql.append("\nLEFT JOIN \"facts\" AS ").append(alias(figure)).append(" ON ").append(alias(figure))
                    .append(".rowid = (SELECT f.rowid FROM \"facts\" AS f WHERE f.\"doc_id\" = d.\"doc_id\"")
                    .append(" AND f.\"canonical\" = '").append(figure.name()).append("'")
                    .append(" AND ").append(KeyFigure.SQL_CONDITION).append(" ORDER BY f.rowid LIMIT 1)");
        }
        sql.append("\nWHERE d.\"doc_id\" IS NOT NULL")
                .append("\n  AND d.rowid = (SELECT MIN(rowid) FROM \"documents\" WHERE \"doc_id\" = d.\"doc_id\")")
                .append("\nORDER BY d.rowid");
        return sql.toString();
    }

    static List<SqliteColumn> columns() {
        List<SqliteColumn> columns = new ArrayList<>();
        for (String name : DOCUMENT_COLUMNS) {
            ContractSchema.Column c = ContractSchema.DOCUMENTS.column(name).orElseThrow();
            columns.add(new SqliteColumn(VIEW, name, SqliteTable.sqlType(c.type()), c.type().label(), c.unit(), c.description()));
        }
        for (ContractSchema.Column figure : figures()) {
            columns.add(new SqliteColumn(VIEW, figure.name(), isNumber(figure) ? "NUMERIC" : "TEXT",
                    figure.type().label(), figure.unit(), figure.description()));
            columns.add(new SqliteColumn(VIEW, figure.name() + FACT_SUFFIX, "TEXT", "string", "",
                    "The fact " + figure.name() + " was read from (facts.fact_id in this document)."));
        }
        for (ContractSchema.Column figure : figures()) {
            if (isNumber(figure)) {
                columns.add(new SqliteColumn(VIEW, figure.name() + SqliteTable.EXACT_SUFFIX, "TEXT",
                        figure.type().label(), figure.unit(),
                        figure.name() + " exactly as facts.csv writes it (decimal text, for exact arithmetic)."));
            }
        }
        return columns;
    }

    private static String alias(ContractSchema.Column figure) {
        return SqliteColumn.quote("fact_" + figure.name());
    }

    private static boolean isNumber(ContractSchema.Column figure) {
        return figure.type() == ContractSchema.Type.NUMBER;
    }
}
