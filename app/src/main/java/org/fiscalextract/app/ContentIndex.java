package org.fiscalextract.app;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.fiscalextract.exporter.AtomicFile;
import org.fiscalextract.model.document.DocumentRecord;
import org.fiscalextract.model.document.ReadStatus;

/**
 * Each content's documents.csv row, found by its SHA-256, kept in a temporary file beside the
 * output: what a run must remember of every content so that a later copy shares its row. In
 * memory it holds 16 bytes a content (the first 8 bytes of the SHA-256, which are the doc_id,
 * and where the row stands in the file), so a run's memory does not grow with its corpus.
 * Thread-safe.
 */
final class ContentIndex implements Closeable {
    private final Path file;
    private final RandomAccessFile data;
    private final LongTable offsets = new LongTable();

    private ContentIndex(Path file) throws IOException {
        this.file = file;
        this.data = new RandomAccessFile(file.toFile(), "rw");
    }

    /** An empty index in a temporary file of {@code outDir} (removed on close, or by the next run if this one dies). */
    static ContentIndex in(Path outDir) throws IOException {
        return new ContentIndex(AtomicFile.tempName(outDir.toAbsolutePath().resolve("content-index")));
    }

    /** Remembers {@code record} under its SHA-256; a content put twice keeps its first row. */
    synchronized void put(DocumentRecord record) throws IOException {
        if (get(record.sha256()) != null) {
            return;
        }
        byte[] encoded = encode(record);
        long offset = data.length();
        data.seek(offset);
        data.writeInt(encoded.length);
        data.write(encoded);
        offsets.put(key(record.sha256()), offset);
    }

    /** The row put for this content, or null. */
    synchronized DocumentRecord get(String sha256) {
        DocumentRecord[] found = new DocumentRecord[1];
        offsets.find(key(sha256), offset -> {
            DocumentRecord r = read(offset);
            found[0] = r.sha256().equals(sha256) ? r : null;
            return found[0] != null;
        });
        return found[0];
    }

    /** Whether a content with this doc_id was put. */
    synchronized boolean hasDocId(String docId) {
        return isDocId(docId) && offsets.contains(docIdKey(docId));
    }

    /** Whether {@code s} can be a doc_id: 16 hex digits. */
    static boolean isDocId(String s) {
        return s.length() == 16 && s.chars().allMatch(HexFormat::isHexDigit);
    }

    /** The doc_id as a number (it is the first 8 bytes of the SHA-256); throws for what {@link #isDocId} refuses. */
    static long docIdKey(String docId) {
        if (!isDocId(docId)) {
            throw new IllegalArgumentException("not a doc_id: " + docId);
        }
        return HexFormat.fromHexDigitsToLong(docId);
    }

    int size() {
        return offsets.size();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            data.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long key(String sha256) {
        return docIdKey(sha256.length() >= 16 ? sha256.substring(0, 16) : sha256);
    }

    private static byte[] encode(DocumentRecord r) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        DataOutputStream out = new DataOutputStream(bytes);
        for (String s : new String[] {r.docId(), r.sourcePath(), r.format(), r.sha256(), r.status().name(),
                r.error(), r.region(), r.regionCode(), r.province(), r.prefecture(), r.department(),
                r.fiscalYear(), r.docKind(), r.errorCode(), r.tablesPresent(), r.tablesDeclaredEmpty(),
                r.tablesMissing()}) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        out.writeLong(r.bytes());
        out.writeInt(r.facts());
        out.writeInt(r.findings());
        out.writeLong(r.millis());
        return bytes.toByteArray();
    }

    private DocumentRecord read(long offset) {
        try {
            data.seek(offset);
            byte[] encoded = new byte[data.readInt()];
            data.readFully(encoded);
            ByteBuffer in = ByteBuffer.wrap(encoded);
            String[] s = new String[17];
            for (int i = 0; i < s.length; i++) {
                byte[] utf8 = new byte[in.getInt()];
                in.get(utf8);
                s[i] = new String(utf8, StandardCharsets.UTF_8);
            }
            long bytes = in.getLong();
            int facts = in.getInt();
            int findings = in.getInt();
            long millis = in.getLong();
            return new DocumentRecord(s[0], s[1], s[2], bytes, s[3], ReadStatus.valueOf(s[4]), s[5], s[6], s[7],
                    s[8], s[9], s[10], s[11], s[12], facts, findings, millis, s[13], s[14], s[15], s[16]);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read back the run's index of contents (" + file + ")", e);
        }
    }
}
