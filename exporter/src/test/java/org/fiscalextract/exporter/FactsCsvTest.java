package org.fiscalextract.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.GradeLevel;
import org.fiscalextract.model.fact.MoneyUnit;
import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity;
import org.junit.jupiter.api.Test;

class FactsCsvTest {
    private static final String HEADER = "doc_id,fact_id,kind,label,canonical,subject,value,unit,qualifier,value_wan,"
            + "text,start,end,location,rule,context\r\n";

    static List<Fact> facts() {
        return List.of(
                new Fact("f1", new Quantity.Amount(new BigDecimal("1302.76"), MoneyUnit.WAN), Qualifier.EXACT, 99, 108,
                        "1302.76万元", new Location.Paragraph(0, 2), "money.arabic_unit", "项目预算资金总额",
                        "budget_total", "", "2024年度财政下达我委项目预算资金总额为1302.76万元，其中：上级财政下达10.53万元，"),
                new Fact("f2", new Quantity.Rate(new BigDecimal("95.24"), false), Qualifier.EXACT, 341, 347, "95.24%",
                        new Location.Paragraph(3, 5), "percent.arabic", "预算执行率", "execution_rate", "",
                        "截至目前预算执行率95.24%。"),
                new Fact("f3", new Quantity.Grade(GradeLevel.GOOD), Qualifier.EXACT, 500, 501, "良",
                        new Location.Paragraph(0, 23), "grade.quoted", "绩效评价等级", "grade",
                        "中阳县殡仪馆整体项目资金支出", "绩效评价等级为“良”"),
                new Fact("f4", new Quantity.Amount(new BigDecimal("0.00"), MoneyUnit.WAN), Qualifier.EXACT, 900, 904,
                        "0.00", new Location.Cell(0, 3, 7, 3), "table.money_unit_header", "总额/年初预算",
                        "budget_initial", "51090424T000011818958-信创项目资金", "总额 | 0.00 | 0.74, \"调整\""));
    }

    @Test
    void wholeOutputMatchesGolden() throws IOException {
        StringBuilder out = new StringBuilder();
        FactsCsv.write(out, "9988a41b680c0e1f", facts());
        String expected = HEADER
                + "9988a41b680c0e1f,f1,amount,项目预算资金总额,budget_total,,13027600,yuan,exact,1302.76,1302.76万元,99,108,"
                + "p2,money.arabic_unit,2024年度财政下达我委项目预算资金总额为1302.76万元，其中：上级财政下达10.53万元，\r\n"
                + "9988a41b680c0e1f,f2,rate,预算执行率,execution_rate,,95.24,percent,exact,,95.24%,341,347,page3:p5,"
                + "percent.arabic,截至目前预算执行率95.24%。\r\n"
                + "9988a41b680c0e1f,f3,grade,绩效评价等级,grade,中阳县殡仪馆整体项目资金支出,良,grade,exact,,良,500,501,p23,"
                + "grade.quoted,绩效评价等级为“良”\r\n"
                + "9988a41b680c0e1f,f4,amount,总额/年初预算,budget_initial,51090424T000011818958-信创项目资金,0,yuan,exact,0,"
                + "0.00,900,904,t3r8c4,table.money_unit_header,\"总额 | 0.00 | 0.74, \"\"调整\"\"\"\r\n";
        assertEquals(expected, out.toString());
    }

    @Test
    void headerAloneForNoFacts() throws IOException {
        StringBuilder out = new StringBuilder();
        FactsCsv.write(out, "x", List.of());
        assertEquals(HEADER, out.toString());
    }
}
