package org.fiscalextract.app;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fiscalextract.exporter.ContractCsv;
import org.fiscalextract.exporter.ContractSchema;
import org.fiscalextract.exporter.DocumentFiles;
import org.fiscalextract.model.document.DocumentRecord;
import org.fiscalextract.model.document.ReadStatus;

/**
 * What an earlier run with the same settings wrote into the output folder, so that a file whose
 * content it read already is not read again: its documents.csv row and its facts, projects and
 * findings rows are copied instead.
 *
 * <p>Both runs write rows in input order, and a file that stayed keeps its place among the
 * others, so the earlier rows are copied in one pass over the earlier files, memory flat. A
 * content that would have to be copied from further back (a file renamed ahead of others) is
 * refused, and read again.
 */
final class PreviousRun implements Closeable {
    /** Where a run leaves the settings its output was made with. */
    static final String SETTINGS_FILE = ".fiscal-extract-settings";

    /** Where reused rows go. */
    interface Sink {
        void facts(List<String> row) throws IOException;

        void projects(List<String> row) throws IOException;

        void findings(List<String> row) throws IOException;

        void factsLine(String line) throws IOException;
    }

    private final Path outDir;
    private final boolean json;
    /** The earlier rows, but for failed files, by SHA-256. */
    private final ContentIndex bySha256;
    /** Each doc_id's place in the earlier documents.csv: the order its rows stand in. */
    private final LongTable position;
    private final RowCursor facts;
    private final RowCursor projects;
    private final RowCursor findings;
    private final LineCursor factsLines;
    private int lastCopied = -1;

    private PreviousRun(Path outDir, boolean json, ContentIndex bySha256, LongTable position) throws IOException {
        this.outDir = outDir;
        this.json = json;
        this.bySha256 = bySha256;
        this.position = position;
        this.facts = new RowCursor(outDir, ContractSchema.FACTS);
        this.projects = new RowCursor(outDir, ContractSchema.PROJECTS);
        this.findings = new RowCursor(outDir, ContractSchema.FINDINGS);
        this.factsLines = json ? new LineCursor(outDir.resolve(BatchRunner.FACTS_JSONL)) : null;
    }

    /**
     * The earlier run in {@code outDir}, if it was made with {@code settings} and left every file
     * this needs; empty otherwise (then everything is read again).
     */
    static Optional<PreviousRun> open(Path outDir, String settings, boolean json) throws IOException {
        Path settingsFile = outDir.resolve(SETTINGS_FILE);
        if (!Files.isRegularFile(settingsFile)
                || !Files.readString(settingsFile, StandardCharsets.UTF_8).equals(settings)) {
            return Optional.empty();
        }
        for (String file : List.of(BatchRunner.DOCUMENTS_CSV, BatchRunner.FACTS_CSV, BatchRunner.PROJECTS_CSV,
                BatchRunner.FINDINGS_CSV, json ? BatchRunner.FACTS_JSONL : BatchRunner.FACTS_CSV)) {
            if (!Files.isRegularFile(outDir.resolve(file))) {
                return Optional.empty();
            }
        }
        ContentIndex bySha256 = ContentIndex.in(outDir);
        LongTable position = new LongTable();
        try {
            ContractCsv.forEach(outDir, ContractSchema.DOCUMENTS, row -> {
                String docId = row.get("doc_id");
                if (docId.isEmpty()) {
                    return;
                }
                long key = ContentIndex.docIdKey(docId); // throws for what is no doc_id: damaged
                if (!position.contains(key)) {
                    position.put(key, position.size());
                }
                ReadStatus status = status(row.get("status"));
                // a failed file is read again: a time limit or a damaged copy may not recur
                if (status != ReadStatus.FAILED) {
                    bySha256.put(record(row, status));
                }
            });
        } catch (IOException | RuntimeException e) {
            bySha256.close();
            return Optional.empty(); // not ours, or damaged: read everything again
        }
        try {
            return Optional.of(new PreviousRun(outDir, json, bySha256, position));
        } catch (IOException e) {
            bySha256.close();
            throw e;
        }
    }

    /** The earlier row for this content, when its rows and text are still there to reuse. */
    Optional<DocumentRecord> reusable(String sha256) {
        DocumentRecord old = bySha256.get(sha256);
        if (old == null || !Files.isRegularFile(DocumentFiles.TEXT.path(outDir, old.docId()))
                || json && !Files.isRegularFile(DocumentFiles.JSON.path(outDir, old.docId()))) {
            return Optional.empty();
        }
        return Optional.of(old);
    }

    /**
     * Copies the earlier rows of {@code docId} into {@code sink}; false, copying nothing, when
     * they stand before rows already copied (the file moved ahead of others).
     */
    boolean copy(String docId, Sink sink) throws IOException {
        int at = placeOf(docId);
        if (at < 0 || at <= lastCopied) {
            return false;
        }
        for (List<String> row : facts.take(docId, at)) {
            sink.facts(row);
        }
        for (List<String> row : projects.take(docId, at)) {
            sink.projects(row);
        }
        for (List<String> row : findings.take(docId, at)) {
            sink.findings(row);
        }
        if (factsLines != null) {
            for (String line : factsLines.take(docId, at)) {
                sink.factsLine(line);
            }
        }
        lastCopied = at;
        return true;
    }

    @Override
    public void close() throws IOException {
        try (bySha256) {
            facts.close();
            projects.close();
            findings.close();
            if (factsLines != null) {
                factsLines.close();
            }
        }
    }

    private static ReadStatus status(String label) {
        for (ReadStatus s : ReadStatus.values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status " + label);
    }

    private static DocumentRecord record(ContractCsv.Row row, ReadStatus status) {
        return new DocumentRecord(row.get("doc_id"), row.get("source_path"), row.get("format"),
                Long.parseLong(row.get("bytes")), row.get("sha256"), status, row.get("error"), row.get("region"),
                row.get("region_code"), row.get("province"), row.get("prefecture"), row.get("department"),
                row.get("fiscal_year"), row.get("doc_kind"), Integer.parseInt(row.get("facts")),
                Integer.parseInt(row.get("findings")), -1, row.get("error_code"), row.get("tables_present"),
                row.get("tables_declared_empty"), row.get("tables_missing"));
    }

    /** Where a row's document stands in the earlier run; rows of documents it does not know come first. */
    private int placeOf(String docId) {
        if (!ContentIndex.isDocId(docId)) {
            return -1;
        }
        long at = position.find(ContentIndex.docIdKey(docId), p -> true);
        return LongTable.found(at) ? (int) at : -1;
    }

    /** The rows of one earlier CSV file, read forward once. */
    private final class RowCursor implements Closeable {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final int columns;
        private CSVRecord next;

        RowCursor(Path dir, ContractSchema.Table table) throws IOException {
            this.parser = ContractCsv.parser(dir.resolve(table.file()));
            this.records = parser.iterator();
            this.columns = table.header().size();
            if (records.hasNext()) {
                records.next(); // the header, checked when documents.csv was
            }
            this.next = records.hasNext() ? records.next() : null;
        }

        /** The rows of {@code docId}, skipping those of documents before it that are not reused. */
        List<List<String>> take(String docId, int at) {
            List<List<String>> rows = new ArrayList<>();
            while (next != null && placeOf(next.get(0)) < at) {
                advance();
            }
            while (next != null && next.get(0).equals(docId)) {
                List<String> values = new ArrayList<>(columns);
                for (int i = 0; i < columns; i++) {
                    values.add(i < next.size() ? next.get(i) : "");
                }
                rows.add(values);
                advance();
            }
            return rows;
        }

        private void advance() {
            next = records.hasNext() ? records.next() : null;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /** The lines of the earlier facts.jsonl, read forward once. */
    private final class LineCursor implements Closeable {
        private static final String PREFIX = "{\"doc_id\":\"";
        private final BufferedReader reader;
        private String next;

        LineCursor(Path file) throws IOException {
            this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            this.next = reader.readLine();
        }

        List<String> take(String docId, int at) throws IOException {
            List<String> lines = new ArrayList<>();
            while (next != null && placeOf(docIdOf(next)) < at) {
                next = reader.readLine();
            }
            while (next != null && docIdOf(next).equals(docId)) {
                lines.add(next);
                next = reader.readLine();
            }
            return lines;
        }

        private String docIdOf(String line) {
            int end = line.indexOf('"', PREFIX.length());
            return line.startsWith(PREFIX) && end > 0 ? line.substring(PREFIX.length(), end) : "";
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
