package org.fiscalextract.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fiscalextract.model.check.Finding;
import org.fiscalextract.model.check.Quote;
import org.fiscalextract.model.check.Severity;
import org.junit.jupiter.api.Test;

class FindingsCsvTest {
    private static final String HEADER = "doc_id,finding_id,check,severity,message,expected,actual,difference,"
            + "tolerance,fact_ids,quotes,unit\r\n";

    static List<Finding> findings() {
        return List.of(
                new Finding("restated_quantity", Severity.ERROR,
                        "项目预算资金总额 is stated as 1302.76万元 and, later, as \"1471.75万元\":\n"
                                + "1471.75 − 1302.76 = 168.99万元",
                        "yuan", Optional.of(new BigDecimal("13027600.00")), Optional.of(new BigDecimal("1.47175E+7")),
                        Optional.of(new BigDecimal("1689900")), Optional.of(new BigDecimal("100.0")),
                        List.of(new Quote("f2", "1302.76万元", "2024年度财政下达我委项目预算资金总额为1302.76万元，其中：",
                                        "p2"),
                                new Quote("f5", "1471.75万元", "项目资金预算总额1471.75万元，截至目前预算执行率95.24%。",
                                        "page3:p5"))),
                new Finding("grade_vs_score", Severity.WARNING, "89.97分 is 良 on the default scale, stated 优",
                        "points", Optional.empty(), Optional.of(new BigDecimal("89.97")), Optional.empty(),
                        Optional.empty(),
                        List.of(new Quote("f7", "89.97", "评价得分 | 89.97 | 等级", "t2r3c4"),
                                new Quote("f8", "\"优\"", "等级为\"优\"", "t2r3c5"))),
                new Finding("indicator_weights", Severity.ERROR, "预算管理 weighs 21 points, its items 8 + 9 + 8 + 6 = 31",
                        "points", Optional.of(new BigDecimal("31")), Optional.of(new BigDecimal("21")),
                        Optional.of(new BigDecimal("-10")), Optional.of(BigDecimal.ZERO),
                        List.of(new Quote("", "21", "预算管理", "t1r8c2"), new Quote("", "8", "预算编制质量", "t1r9c4"))),
                new Finding("listed_items", Severity.INFO, "8个项目 stated; the items listed could not be counted",
                        "item", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
    }

    @Test
    void wholeOutputMatchesGolden() throws IOException {
        StringBuilder out = new StringBuilder();
        FindingsCsv.write(out, "12b0915436d627df", findings());
        String expected = HEADER
                + "12b0915436d627df,c1,restated_quantity,error,\"项目预算资金总额 is stated as 1302.76万元 and, later, "
                + "as \"\"1471.75万元\"\":\n1471.75 − 1302.76 = 168.99万元\",13027600,14717500,1689900,100,f2 f5,"
                + "f2 p2 “1302.76万元” | f5 page3:p5 “1471.75万元”,yuan\r\n"
                + "12b0915436d627df,c2,grade_vs_score,warning,\"89.97分 is 良 on the default scale, stated 优\",,89.97,,,"
                + "f7 f8,\"f7 t2r3c4 “89.97” | f8 t2r3c5 “\"\"优\"\"”\",points\r\n"
                + "12b0915436d627df,c3,indicator_weights,error,\"预算管理 weighs 21 points, its items 8 + 9 + 8 + 6 = 31\","
                + "31,21,-10,0,,- t1r8c2 “21” | - t1r9c4 “8”,points\r\n"
                + "12b0915436d627df,c4,listed_items,info,8个项目 stated; the items listed could not be counted,,,,,,,"
                + "item\r\n";
        assertEquals(expected, out.toString());
    }

    @Test
    void aSpreadsheetReaderGetsBackWhatWasWritten() throws IOException {
        StringBuilder out = new StringBuilder();
        FindingsCsv.write(out, "12b0915436d627df", findings());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertEquals(4, rows.size());
        assertEquals(findings().get(0).message(), rows.get(0).get("message"));
        assertEquals("f7 t2r3c4 “89.97” | f8 t2r3c5 “\"优\"”", rows.get(1).get("quotes"));
        assertEquals(List.of("c1", "c2", "c3", "c4"), rows.stream().map(r -> r.get("finding_id")).toList());
    }

    @Test
    void headerAloneForNoFindings() throws IOException {
        StringBuilder out = new StringBuilder();
        FindingsCsv.write(out, "x", List.of());
        assertEquals(HEADER, out.toString());
        assertEquals(HEADER, String.join(",", FindingsCsv.HEADER) + "\r\n");
    }

    @Test
    void decimalsAreExactWithoutExponentOrTrailingZeros() {
        assertEquals("", FindingsCsv.decimal(Optional.empty()));
        assertEquals("0", FindingsCsv.decimal(Optional.of(new BigDecimal("0.000"))));
        assertEquals("-0.005", FindingsCsv.decimal(Optional.of(new BigDecimal("-5E-3"))));
        assertEquals("1200", FindingsCsv.decimal(Optional.of(new BigDecimal("1.2E+3"))));
    }
}
