package org.fiscalextract.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.check.EvaluatedProject;
import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.GradeLevel;
import org.fiscalextract.model.fact.MoneyUnit;
import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity;
import org.junit.jupiter.api.Test;

class ProjectsCsvTest {
    private static final String HEADER = "doc_id,project,funds_yuan,budget_initial_yuan,budget_adjusted_yuan,"
            + "executed_yuan,execution_rate,score,grade,evaluator,fact_ids\r\n";

    static Fact fact(String id, Quantity quantity, String text) {
        return new Fact(id, quantity, Qualifier.EXACT, 10, 10 + text.length(), text, new Location.Paragraph(0, 4),
                "test", "", "", "", text);
    }

    static List<EvaluatedProject> projects() {
        EvaluatedProject funded = new EvaluatedProject("中阳县殡仪馆整体项目资金支出",
                Optional.of(fact("f3", new Quantity.Amount(new BigDecimal("120.50"), MoneyUnit.WAN), "120.50万元")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(fact("f4", new Quantity.Score(new BigDecimal("89.970")), "89.970分")),
                Optional.of(fact("f5", new Quantity.Grade(GradeLevel.GOOD), "良好")),
                "山西振华会计师事务所有限公司, \"吕梁分所\"");
        EvaluatedProject budgeted = new EvaluatedProject("51090424T000011818958-信创项目资金\n(续)", Optional.empty(),
                Optional.of(fact("f10", new Quantity.Amount(new BigDecimal("0.00"), MoneyUnit.WAN), "0.00")),
                Optional.of(fact("f11", new Quantity.Amount(new BigDecimal("0.74"), MoneyUnit.WAN), "0.74")),
                Optional.of(fact("f12", new Quantity.Amount(new BigDecimal("7400"), MoneyUnit.YUAN), "7400")),
                Optional.of(fact("f13", new Quantity.Rate(new BigDecimal("100"), false), "100%")),
                Optional.empty(), Optional.empty(), "");
        return List.of(funded, budgeted);
    }

    @Test
    void wholeOutputMatchesGolden() throws IOException {
        StringBuilder out = new StringBuilder();
        ProjectsCsv.write(out, "166ed3911c64824d", projects());
        String expected = HEADER
                + "166ed3911c64824d,中阳县殡仪馆整体项目资金支出,1205000,,,,,89.97,良,"
                + "\"山西振华会计师事务所有限公司, \"\"吕梁分所\"\"\",f3 f4 f5\r\n"
                + "166ed3911c64824d,\"51090424T000011818958-信创项目资金\n(续)\",,0,7400,7400,100,,,,f10 f11 f12 f13\r\n";
        assertEquals(expected, out.toString());
    }

    @Test
    void aFigureOfTheWrongKindIsLeftEmptyButStillTraced() throws IOException {
        EvaluatedProject odd = new EvaluatedProject("项目",
                Optional.of(fact("f1", new Quantity.Rate(new BigDecimal("95"), false), "95%")), Optional.empty(),
                Optional.empty(), Optional.empty(),
                Optional.of(fact("f2", new Quantity.Rate(new BigDecimal("3.2"), true), "3.2个百分点")),
                Optional.of(fact("f3", new Quantity.Amount(BigDecimal.ONE, MoneyUnit.WAN), "1万元")), Optional.empty(),
                "");
        StringBuilder out = new StringBuilder();
        ProjectsCsv.write(out, "x", List.of(odd));
        assertEquals(HEADER + "x,项目,,,,,,,,,f1 f2 f3\r\n", out.toString());
    }

    @Test
    void headerAloneForNoProjects() throws IOException {
        StringBuilder out = new StringBuilder();
        ProjectsCsv.write(out, "x", List.of());
        assertEquals(HEADER, out.toString());
    }
}
