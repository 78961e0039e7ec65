package org.fiscalextract.exporter.sqlite;

import java.util.ArrayList;
import java.util.List;

import org.fiscalextract.exporter.ContractSchema;

/**
 * The table {@code document_ids}: every doc_id documents.csv names, once, in order of first
 * appearance. The schema says facts, projects and findings refer to documents.doc_id, but
 * SQLite can only enforce a reference to a unique column, and documents.doc_id is not one (two
 * files with the same content share it; a file that could not be opened has none). So those
 * references, and documents.doc_id itself, point here instead: {@code PRAGMA foreign_key_check}
 * then finds a fact whose document is missing, and Datasette links every row to its document.
 */
final class DocumentIds {
    static final String TABLE = "document_ids";
    static final String DESCRIPTION = "Every doc_id of documents, once: what facts, projects and findings refer to"
            + " (documents.doc_id repeats when two files have the same content).";

    private static final ContractSchema.ForeignKey TO_IDS = new ContractSchema.ForeignKey(List.of("doc_id"), TABLE,
            List.of("doc_id"));

    private DocumentIds() {
    }

    static String createSql() {
        return "CREATE TABLE " + SqliteColumn.quote(TABLE) + " (\n  \"doc_id\" TEXT PRIMARY KEY\n)";
    }

    /** Fills the table from the documents table, which must be loaded. */
    static String fillSql() {
        return "INSERT INTO " + SqliteColumn.quote(TABLE) + " SELECT \"doc_id\" FROM \"documents\""
                + " WHERE \"doc_id\" IS NOT NULL GROUP BY \"doc_id\" ORDER BY MIN(rowid)";
    }

    static List<SqliteColumn> columns() {
        return List.of(new SqliteColumn(TABLE, "doc_id", "TEXT", "string", "",
                "First 16 hex digits of the file's SHA-256 (documents.doc_id)."));
    }

    /** The foreign keys {@code table} declares in SQLite: the schema's, with references to documents.doc_id moved here. */
    static List<ContractSchema.ForeignKey> foreignKeys(ContractSchema.Table table) {
        List<ContractSchema.ForeignKey> keys = new ArrayList<>();
        if (table.name().equals(ContractSchema.DOCUMENTS.name())) {
            keys.add(TO_IDS);
        }
        for (ContractSchema.ForeignKey key : table.foreignKeys()) {
            boolean toDocId = key.table().equals(ContractSchema.DOCUMENTS.name())
                    && key.referenceFields().equals(List.of("doc_id"));
            keys.add(toDocId ? new ContractSchema.ForeignKey(key.fields(), TABLE, key.referenceFields()) : key);
        }
        return keys;
    }
}
