package org.fiscalextract.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fiscalextract.model.document.DocumentRecord;
import org.fiscalextract.model.document.ReadStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsCsvTest {
    private static final String HEADER = "doc_id,source_path,format,bytes,sha256,status,error,region,region_code,"
            + "province,prefecture,department,fiscal_year,doc_kind,facts,findings,millis,error_code,tables_present,"
            + "tables_declared_empty,tables_missing\r\n";
    private static final String SHA_A = "9988a41b680c0e1f2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192";
    private static final String SHA_B = "4993de9eea35429d00112233445566778899aabbccddeeff0011223344556677";

    private static DocumentRecord ok() {
        return new DocumentRecord("9988a41b680c0e1f", "reports/四川省/攀枝花市东区2024年度预算绩效管理工作情况说明.docx",
                "docx", 5803, SHA_A, ReadStatus.OK, "", "东区", "510402", "四川省", "攀枝花市", "财政局", "2024",
                "预算绩效管理工作情况", 12, 1, 345, "", "income_expenditure_summary;income", "government_fund",
                "three_public");
    }

    private static DocumentRecord failed() {
        return new DocumentRecord("4993de9eea35429d", "bad/a, b \"quoted\".pdf", "pdf", 80575, SHA_B,
                ReadStatus.FAILED, "file is damaged: \"xref\" missing,\nthen 文件损坏", "", "", "", "", "", "", "",
                0, 0, 7, "damaged", "", "", "");
    }

    private static DocumentRecord unreadable() {
        return new DocumentRecord("", "bad/locked.txt", "unknown", 0, "", ReadStatus.FAILED,
                "could not read the file: permission denied", "", "", "", "", "", "", "", 0, 0, 0, "io_error",
                "", "", "");
    }

    @Test
    void headerAloneForNoRows() throws IOException {
        StringBuilder out = new StringBuilder();
        DocumentsCsv.write(out, List.of());
        assertEquals(HEADER, out.toString());
    }

    @Test
    void wholeOutputMatchesGolden() throws IOException {
        StringBuilder out = new StringBuilder();
        DocumentsCsv.write(out, List.of(ok(), failed(), unreadable()));
        String expected = HEADER
                + "9988a41b680c0e1f,reports/四川省/攀枝花市东区2024年度预算绩效管理工作情况说明.docx,docx,5803," + SHA_A
                + ",ok,,东区,510402,四川省,攀枝花市,财政局,2024,预算绩效管理工作情况,12,1,345,,"
                + "income_expenditure_summary;income,government_fund,three_public\r\n"
                + "4993de9eea35429d,\"bad/a, b \"\"quoted\"\".pdf\",pdf,80575," + SHA_B
                + ",failed,\"file is damaged: \"\"xref\"\" missing,\nthen 文件损坏\",,,,,,,,0,0,7,damaged,,,\r\n"
                + "\"\",bad/locked.txt,unknown,0,,failed,could not read the file: permission denied,,,,,,,,0,0,0,"
                + "io_error,,,\r\n";
        assertEquals(expected, out.toString());
    }

    @Test
    void rowsWrittenOneByOneEqualTheBatchForm() throws IOException {
        StringBuilder batch = new StringBuilder();
        DocumentsCsv.write(batch, List.of(ok(), failed()));
        StringBuilder streamed = new StringBuilder();
        DocumentsCsv csv = DocumentsCsv.start(streamed);
        csv.row(ok());
        csv.row(failed());
        csv.flush();
        assertEquals(batch.toString(), streamed.toString());
    }

    @Test
    void writtenFileIsUtf8AndReadsBackToTheSameValues(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("documents.csv");
        try (AtomicFile file = AtomicFile.create(target)) {
            DocumentsCsv.write(file.writer(), List.of(ok(), failed()));
            file.commit();
        }
        byte[] bytes = Files.readAllBytes(target);
        assertEquals('d', bytes[0], "no byte-order mark");
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertEquals(2, records.size());
        assertEquals(ok().sourcePath(), records.get(0).get("source_path"));
        assertEquals("预算绩效管理工作情况", records.get(0).get("doc_kind"));
        assertEquals(failed().sourcePath(), records.get(1).get("source_path"));
        assertEquals(failed().error(), records.get(1).get("error"));
        assertEquals("damaged", records.get(1).get("error_code"));
        assertEquals(DocumentsCsv.HEADER, records.get(0).getParser().getHeaderNames());
    }
}
