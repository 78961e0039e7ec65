package org.fiscalextract.exporter;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fiscalextract.model.document.DocumentRecord;

/**
 * {@code documents.csv}: one row per input file, failed ones included.
 *
 * <p>The format is RFC 4180 as Excel, WPS, pandas and R read it: comma separated, each record
 * ends with CRLF, a line break inside a value is kept as written (inside quotes). A field is
 * quoted only when it has to be (comma, quote, CR or LF, a first character up to {@code #}, a
 * last character up to space, or an empty first field); quotes inside are doubled. The caller
 * picks the encoding (the contract says UTF-8) and whether a byte-order mark goes first.
 */
public final class DocumentsCsv {
    /** The contract's columns, in order; new columns are only ever added at the end. */
    public static final List<String> HEADER = List.of("doc_id", "source_path", "format", "bytes", "sha256",
            "status", "error", "region", "region_code", "province", "prefecture", "department", "fiscal_year",
            "doc_kind", "facts", "findings", "millis", "error_code", "tables_present", "tables_declared_empty",
            "tables_missing");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final CSVPrinter printer;

    private DocumentsCsv(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(HEADER);
    }

    /** Writes the header and every row. */
    public static void write(Appendable out, Iterable<DocumentRecord> rows) throws IOException {
        DocumentsCsv csv = start(out);
        for (DocumentRecord row : rows) {
            csv.row(row);
        }
        csv.flush();
    }

    /** Writes the header now; rows follow one by one, for runs too large to hold in memory. */
    public static DocumentsCsv start(Appendable out) throws IOException {
        return new DocumentsCsv(out);
    }

    public void row(DocumentRecord r) throws IOException {
        printer.printRecord(ContractRows.document(r));
    }

    public void flush() throws IOException {
        printer.flush();
    }
}
