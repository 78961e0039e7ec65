package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fiscalextract.model.document.DocumentRecord;
import org.fiscalextract.model.document.ReadStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentIndexTest {
    private static final String SHA_A = "0123456789abcdef" + "0".repeat(48);
    /** Shares SHA_A's doc_id: the index must still tell them apart. */
    private static final String SHA_B = "0123456789abcdef" + "1".repeat(48);
    private static final String SHA_C = "fedcba9876543210" + "2".repeat(48);

    @TempDir
    Path tmp;

    private static DocumentRecord record(String sha, String department, ReadStatus status, String error) {
        return new DocumentRecord(sha.substring(0, 16), "县/财政局/报告.pdf", "pdf", 201439, sha, status, error,
                "成都市武侯区", "510107", "四川省", "成都市", department, "2023", "self_evaluation", 84, 3, 1234,
                error.isEmpty() ? "" : "parse_error", "收入支出决算总表", "", "政府性基金预算财政拨款收入支出决算表");
    }

    @Test
    void givesBackEveryFieldAsPut() throws IOException {
        try (ContentIndex index = ContentIndex.in(tmp)) {
            DocumentRecord a = record(SHA_A, "财政局", ReadStatus.OK, "");
            DocumentRecord b = record(SHA_B, "教育局", ReadStatus.PARTIAL, "第3页无法读取：\"字体\"缺失,\n换行");
            DocumentRecord c = record(SHA_C, "", ReadStatus.FAILED, "x".repeat(70_000)); // longer than writeUTF allows
            for (DocumentRecord r : List.of(a, b, c)) {
                index.put(r);
            }
            assertEquals(a, index.get(SHA_A));
            assertEquals(b, index.get(SHA_B));
            assertEquals(c, index.get(SHA_C));
            assertEquals(3, index.size());
        }
    }

    @Test
    void aContentPutTwiceKeepsItsFirstRow() throws IOException {
        try (ContentIndex index = ContentIndex.in(tmp)) {
            index.put(record(SHA_A, "财政局", ReadStatus.OK, ""));
            index.put(record(SHA_A, "教育局", ReadStatus.OK, ""));
            assertEquals("财政局", index.get(SHA_A).department());
            assertEquals(1, index.size());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "0123456789abcdef, true",
            "fedcba9876543210, false", // never put
            "0123456789ABCDEF, true", // hex is hex
            "0123456789abcde, false", // too short
            "0123456789abcdef0, false", // too long
            "0123456789abcdeg, false", // not hex
            "'', false",
    })
    void knowsTheDocIdsItHolds(String docId, boolean held) throws IOException {
        try (ContentIndex index = ContentIndex.in(tmp)) {
            index.put(record(SHA_A, "财政局", ReadStatus.OK, ""));
            assertEquals(held, index.hasDocId(docId));
            assertNull(index.get(SHA_C));
            assertNull(index.get(SHA_B), "same doc_id, other content");
        }
    }

    @Test
    void refusesWhatIsNoSha256() throws IOException {
        try (ContentIndex index = ContentIndex.in(tmp)) {
            assertThrows(IllegalArgumentException.class, () -> index.get("not a hash"));
            assertThrows(IllegalArgumentException.class, () -> ContentIndex.docIdKey("0123"));
        }
    }

    @Test
    void itsFileLivesInTheOutputFolderUntilClosed() throws IOException {
        ContentIndex index = ContentIndex.in(tmp);
        index.put(record(SHA_A, "财政局", ReadStatus.OK, ""));
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count());
        }
        index.close();
        index.close(); // twice is harmless
        try (var files = Files.list(tmp)) {
            assertFalse(files.findAny().isPresent());
        }
        assertTrue(Files.isDirectory(tmp));
    }
}
