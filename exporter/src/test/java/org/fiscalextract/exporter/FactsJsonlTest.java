package org.fiscalextract.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fiscalextract.model.fact.Fact;
import org.junit.jupiter.api.Test;

class FactsJsonlTest {

    @Test
    void oneLinePerFactWithTheCsvColumns() throws IOException {
        List<Fact> facts = FactsCsvTest.facts().subList(0, 2);
        StringBuilder out = new StringBuilder();
        FactsJsonl.start(out).rows("0123456789abcdef", facts);
        String[] lines = out.toString().split("\n", -1);
        assertEquals(3, lines.length, out.toString()); // two lines, each ending in \n
        assertEquals("", lines[2]);
        StringBuilder csv = new StringBuilder();
        FactsCsv.write(csv, "0123456789abcdef", facts);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv.toString())).getRecords();
        for (int i = 0; i < 2; i++) {
            StringBuilder expected = new StringBuilder("{");
            CSVRecord row = rows.get(i + 1);
            for (int c = 0; c < FactsCsv.HEADER.size(); c++) {
                String name = FactsCsv.HEADER.get(c);
                boolean number = name.equals("start") || name.equals("end");
                expected.append(c == 0 ? "" : ",").append('"').append(name).append("\":")
                        .append(number ? row.get(c) : quoted(row.get(c)));
            }
            assertEquals(expected.append('}').toString(), lines[i]);
        }
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
