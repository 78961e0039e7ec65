package org.fiscalextract.exporter;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fiscalextract.model.document.OfficialDivision;

/**
 * {@code divisions.csv}: the official division codes that region_code refers to, written beside
 * the tables so a join needs nothing from elsewhere. Same dialect as {@link DocumentsCsv}.
 */
public final class DivisionsCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private DivisionsCsv() {
    }

    public static void write(Appendable out, List<OfficialDivision> divisions) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(ContractSchema.DIVISIONS.header());
        for (OfficialDivision d : divisions) {
            printer.printRecord(d.code(), d.name(), d.level(), d.province(), d.prefecture());
        }
        printer.flush();
    }
}
