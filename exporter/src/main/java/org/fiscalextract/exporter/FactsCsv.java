package org.fiscalextract.exporter;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.Quantity;

/**
 * {@code facts.csv}: one row per extracted quantity, in the same RFC 4180 dialect as
 * {@link DocumentsCsv}. {@code value} is exact: yuan for amounts, percent for rates, points for
 * scores, the normalized grade (优|良|中|差) for grades; {@code value_wan} is an amount in 万元.
 */
public final class FactsCsv {
    /** The contract's columns, in order; new columns are only ever added at the end. */
    public static final List<String> HEADER = List.of("doc_id", "fact_id", "kind", "label", "canonical", "subject",
            "value", "unit", "qualifier", "value_wan", "text", "start", "end", "location", "rule", "context");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final CSVPrinter printer;

    private FactsCsv(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(HEADER);
    }

    /** Writes the header and every fact of one document. */
    public static void write(Appendable out, String docId, Iterable<Fact> facts) throws IOException {
        FactsCsv csv = start(out);
        csv.rows(docId, facts);
        csv.flush();
    }

    /** Writes the header now; documents' facts follow one document at a time. */
    public static FactsCsv start(Appendable out) throws IOException {
        return new FactsCsv(out);
    }

    public void rows(String docId, Iterable<Fact> facts) throws IOException {
        for (Fact f : facts) {
            printer.printRecord(values(docId, f));
        }
    }

    /** Writes a row another run wrote, as it was (the values of {@link #HEADER}, in order). */
    public void copy(List<String> values) throws IOException {
        printer.printRecord(values);
    }

    public void flush() throws IOException {
        printer.flush();
    }

    /** A fact's row: the values of {@link #HEADER}, in order. */
    static List<String> values(String docId, Fact f) {
        Quantity q = f.quantity();
        return List.of(docId, f.factId(), q.kind(), f.label(), f.canonical(), f.subject(), q.valueLabel(),
                q.unitLabel(), f.qualifier().label(), valueWan(q), f.text(), Integer.toString(f.start()),
                Integer.toString(f.end()), f.location().label(), f.rule(), f.context());
    }

    private static String valueWan(Quantity q) {
        if (q instanceof Quantity.Amount amount) {
            return Quantity.plain(amount.wan());
        }
        return "";
    }
}
