package org.fiscalextract.exporter;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fiscalextract.model.check.Finding;
import org.fiscalextract.model.check.Quote;
import org.fiscalextract.model.fact.Quantity;
import org.fiscalextract.model.report.Report;

/**
 * {@code findings.csv}: one row per failed (or undecidable) consistency check, in the same RFC 4180
 * dialect as {@link DocumentsCsv}. {@code finding_id} is the finding's position in its report
 * ({@code c1}, {@code c2}, …). {@code expected}, {@code actual}, {@code difference} and
 * {@code tolerance} are exact decimals in the finding's {@code unit} (the last column), empty when
 * the check has no number to give. {@code fact_ids} lists the facts involved, space separated
 * ({@code f2 f5}); {@code quotes} shows each quote as {@code <fact_id> <location> “<text>”}, joined
 * by {@code " | "}: {@code f2 p2 “1302.76万元” | f5 p5 “1471.75万元”}. A quoted table weight, which
 * is not a fact, has {@code -} for its fact id ({@code - t1r3c4 “21”}), so every quote has the same
 * three parts. The sentences the quotes stand in are in the JSON.
 */
public final class FindingsCsv {
    /** The contract's columns, in order; new columns are only ever added at the end. */
    public static final List<String> HEADER = List.of("doc_id", "finding_id", "check", "severity", "message",
            "expected", "actual", "difference", "tolerance", "fact_ids", "quotes", "unit");

    /** Between two quotes in the quotes column. */
    public static final String QUOTE_SEPARATOR = " | ";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final CSVPrinter printer;

    private FindingsCsv(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(HEADER);
    }

    /** Writes the header and every finding of one document. */
    public static void write(Appendable out, String docId, List<Finding> findings) throws IOException {
        FindingsCsv csv = start(out);
        csv.rows(docId, findings);
        csv.flush();
    }

    /** Writes the header now; documents' findings follow one document at a time. */
    public static FindingsCsv start(Appendable out) throws IOException {
        return new FindingsCsv(out);
    }

    /** One row per finding, numbered by position as {@link Report#findingId(int)} numbers them. */
    public void rows(String docId, List<Finding> findings) throws IOException {
        for (List<String> row : ContractRows.findings(docId, findings)) {
            printer.printRecord(row);
        }
    }

    /** Writes a row another run wrote, as it was (the values of {@link #HEADER}, in order). */
    public void copy(List<String> values) throws IOException {
        printer.printRecord(values);
    }

    public void flush() throws IOException {
        printer.flush();
    }

    /** An exact decimal without exponent or trailing zeros, or empty. */
    static String decimal(Optional<BigDecimal> value) {
        return value.map(Quantity::plain).orElse("");
    }

    /** The quotes column: {@code f2 p2 “1302.76万元” | f5 p5 “1471.75万元”}. */
    public static String quotes(List<Quote> quotes) {
        return quotes.stream().map(q -> (q.factId().isEmpty() ? "-" : q.factId()) + " " + q.location()
                + " “" + q.text() + "”").collect(Collectors.joining(QUOTE_SEPARATOR));
    }
}
