package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.check.EvaluatedProject;
import org.fiscalextract.model.check.Finding;
import org.fiscalextract.model.check.Quote;
import org.fiscalextract.model.check.Severity;
import org.fiscalextract.model.document.AdminRegion;
import org.fiscalextract.model.document.DocumentFacts;
import org.fiscalextract.model.document.DocumentMetadata;
import org.fiscalextract.model.document.FactEvidence;
import org.fiscalextract.model.document.FactSource;
import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.ReadProblem;
import org.fiscalextract.model.document.SourceFormat;
import org.fiscalextract.model.document.SourceMap;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.GradeLevel;
import org.fiscalextract.model.fact.MoneyUnit;
import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity;
import org.fiscalextract.model.report.Report;
import org.junit.jupiter.api.Test;

/** What check prints for one report, whole, from a report made in the test (no reading, no checks run). */
class CheckReportTest {
    private static final String DOC_ID = "12b0915436d627df";

    private static Fact fact(String id, Quantity quantity, Qualifier qualifier, String text, int paragraph,
                             String label, String canonical, String subject) {
        return new Fact(id, quantity, qualifier, 100, 100 + text.length(), text, new Location.Paragraph(0, paragraph),
                "test", label, canonical, subject, "");
    }

    private static Quantity.Amount wan(String value) {
        return new Quantity.Amount(new BigDecimal(value), MoneyUnit.WAN);
    }

    static Report report() {
        String text = "丰都县发展和改革委员会2024年度项目支出绩效自评报告\n";
        ParsedDocument doc = new ParsedDocument(DOC_ID, SourceFormat.DOCX,
                new DocumentMetadata("", "", "", "", "", "", "", 0), text, List.of(), List.of(), List.of(),
                SourceMap.identity(text), List.of());
        DocumentFacts about = new DocumentFacts(new AdminRegion("丰都县", "500230", "重庆市", "重庆市"),
                "丰都县发展和改革委员会", "2024", "project_self_evaluation",
                Optional.of(new FactEvidence(FactSource.TEXT, 0, 3, "丰都县", "region.text")),
                Optional.of(new FactEvidence(FactSource.TEXT, 0, 11, "丰都县发展和改革委员会", "department.text")),
                Optional.of(new FactEvidence(FactSource.TEXT, 11, 15, "2024", "year.text")),
                Optional.of(new FactEvidence(FactSource.TEXT, 20, 26, "绩效自评报告", "kind.title")));
        Fact total = fact("f2", wan("1302.76"), Qualifier.EXACT, "1302.76万元", 2, "项目预算资金总额", "budget_total", "");
        Fact upper = fact("f3", wan("10.53"), Qualifier.EXACT, "10.53万元", 2, "上级财政下达", "upper_level_funds", "");
        Fact restated = fact("f5", wan("1471.75"), Qualifier.EXACT, "1471.75万元", 5, "项目资金预算总额", "budget_total", "");
        Fact rate = fact("f6", new Quantity.Rate(new BigDecimal("95.24"), false), Qualifier.EXACT, "95.24%", 5,
                "预算执行率", "execution_rate", "");
        Fact rateAgain = fact("f9", new Quantity.Rate(new BigDecimal("95.24"), false), Qualifier.EXACT, "95.24%", 9,
                "预算执行率", "execution_rate", "");
        Fact rise = fact("f7", new Quantity.Rate(new BigDecimal("18.8"), false), Qualifier.INCREASE, "18.8%", 7,
                "固定资产投资增速", "growth_rate", "");
        Fact unlabelled = fact("f8", wan("5.2"), Qualifier.APPROX, "约5.2万元", 7, "", "", "");
        Fact projectFunds = fact("f10", wan("170"), Qualifier.EXACT, "170万元", 10, "预算", "budget_total",
                "“十五五”规划专项经费");
        Fact score = fact("f16", new Quantity.Score(new BigDecimal("92")), Qualifier.EXACT, "92分", 16, "自评得分",
                "self_eval_score", "");
        Fact grade = fact("f17", new Quantity.Grade(GradeLevel.EXCELLENT), Qualifier.EXACT, "优秀", 16, "评价结果",
                "grade", "");
        EvaluatedProject project = new EvaluatedProject("“十五五”规划专项经费", Optional.of(projectFunds),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(rate), Optional.empty(),
                Optional.empty(), "");
        EvaluatedProject evaluated = new EvaluatedProject("中阳县殡仪馆\n整体项目", Optional.of(upper), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(score), Optional.of(grade),
                "山西振华会计师事务所");
        Finding restatement = new Finding("restated_quantity", Severity.ERROR,
                "项目预算资金总额 is stated as 1302.76万元 (p2) and as 1471.75万元 (p5)\n1471.75 − 1302.76 = 168.99万元",
                "yuan", Optional.of(new BigDecimal("13027600")), Optional.of(new BigDecimal("14717500")),
                Optional.of(new BigDecimal("1689900")), Optional.of(new BigDecimal("100")),
                List.of(new Quote("f2", "1302.76万元", "2024年度财政下达我委项目预算资金总额为1302.76万元，其中：", "p2"),
                        new Quote("f5", "1471.75万元", "项目资金预算总额1471.75万元，截至目前预算执行率95.24%。", "page3:p5")));
        Finding rounding = new Finding("ratio", Severity.INFO, "8.30 ÷ 10.43 = 79.58%, stated 79.6%: within rounding",
                "percent", Optional.of(new BigDecimal("79.58")), Optional.of(new BigDecimal("79.6")),
                Optional.of(new BigDecimal("0.02")), Optional.of(new BigDecimal("0.05")),
                List.of(new Quote("f11", "79.6%", "支付8.30万元，执行率79.6%", "p5")));
        Finding undecided = new Finding("listed_items", Severity.WARNING, "8个项目 stated, 9 listed", "item",
                Optional.of(new BigDecimal("9")), Optional.of(new BigDecimal("8")), Optional.of(new BigDecimal("-1")),
                Optional.empty(), List.of(new Quote("f1", "8个", "重点项目\n共八个", "t2r3c4"), new Quote("", "9", "（一）…（九）", "p12")));
        return new Report(DOC_ID, ReadOutcome.ok(doc), about,
                List.of(total, upper, restated, rate, rise, unlabelled, rateAgain, projectFunds, score, grade),
                List.of(project, evaluated), List.of(restatement, rounding, undecided));
    }

    private static String print(boolean brief, java.util.function.Consumer<CheckReport> body) {
        StringWriter text = new StringWriter();
        CheckReport report = new CheckReport(new PrintWriter(text), brief);
        body.accept(report);
        report.summary();
        return text.toString();
    }

    @Test
    void aReportWithFiguresProjectsAndFindings() {
        int[] exit = new int[1];
        String out = print(false, r -> {
            r.document("reports/000_9988a41b680c0e1f.docx", report());
            exit[0] = r.exitCode();
        });
        assertEquals("""
                == reports/000_9988a41b680c0e1f.docx
                Document:    docx, doc_id 12b0915436d627df, read completely
                Region:      丰都县 500230 (重庆市)
                Department:  丰都县发展和改革委员会
                Fiscal year: 2024
                Kind:        project_self_evaluation

                Key figures (7):
                  budget_total       1302.76万元  项目预算资金总额  p2
                  upper_level_funds  10.53万元    上级财政下达      p2
                  budget_total       1471.75万元  项目资金预算总额  p5
                  execution_rate     95.24%       预算执行率        p5  (also p9)
                  growth_rate        +18.8%       固定资产投资增速  p7
                  self_eval_score    92分         自评得分          p16
                  grade              优（优秀）   评价结果          p16

                Projects (2):
                  1. “十五五”规划专项经费: funds 170万元, execution rate 95.24%  [f10 f6]
                  2. 中阳县殡仪馆 整体项目: funds 10.53万元, score 92分, grade 优（优秀）, evaluator 山西振华会计师事务所  [f3 f16 f17]

                Findings: 1 error, 1 warning, 1 info
                  c1  ERROR   restated_quantity
                      项目预算资金总额 is stated as 1302.76万元 (p2) and as 1471.75万元 (p5)
                      1471.75 − 1302.76 = 168.99万元
                      expected 1302.76万元 · actual 1471.75万元 · difference +168.99万元 · tolerance ±0.01万元
                      f2 p2        2024年度财政下达我委项目预算资金总额为【1302.76万元】，其中：
                      f5 page3:p5  项目资金预算总额【1471.75万元】，截至目前预算执行率95.24%。
                  c2  INFO    ratio
                      8.30 ÷ 10.43 = 79.58%, stated 79.6%: within rounding
                      expected 79.58% · actual 79.6% · difference +0.02个百分点 · tolerance ±0.05个百分点
                      f11 p5  支付8.30万元，执行率【79.6%】
                  c3  WARNING listed_items
                      8个项目 stated, 9 listed
                      expected 9个 · actual 8个 · difference -1个
                      f1 t2r3c4  【8个】 in: 重点项目 共八个
                      p12        （一）…（九） 【9】

                1 file checked: 1 error, 1 warning, 1 info; 0 files not read, 0 read in part
                """, out);
        assertEquals(ExitCodes.ERROR_FINDINGS, exit[0]);
    }

    @Test
    void briefLeavesOutFiguresAndProjects() {
        String out = print(true, r -> r.document("a.docx", report()));
        assertEquals("""
                == a.docx
                Document:    docx, doc_id 12b0915436d627df, read completely
                Region:      丰都县 500230 (重庆市)
                Department:  丰都县发展和改革委员会
                Fiscal year: 2024
                Kind:        project_self_evaluation

                Findings: 1 error, 1 warning, 1 info
                """, out.substring(0, out.indexOf("  c1")));
    }

    @Test
    void aCleanReportAFailedOneAndAnUnopenableOne() {
        Report clean = report();
        Report withoutFindings = new Report(clean.docId(), clean.outcome(), DocumentFacts.NONE, List.of(), List.of(),
                List.of());
        Report failed = Report.withoutFacts("4993de9eea35429d",
                ReadOutcome.failed(SourceFormat.PDF, ReadProblem.ENCRYPTED, "PDF is encrypted;\nno text"));
        int[] exit = new int[2];
        String out = print(false, r -> {
            r.document("clean.docx", withoutFindings);
            exit[0] = r.exitCode();
            r.document("locked.pdf", failed);
            r.unreadable("gone.txt", "file disappeared before it could be read");
            exit[1] = r.exitCode();
        });
        assertEquals("""
                == clean.docx
                Document:    docx, doc_id 12b0915436d627df, read completely
                Region:      not found
                Department:  not found
                Fiscal year: not found
                Kind:        not found

                Key figures: none found

                Projects: none found

                Findings: none

                == locked.pdf
                Document:    pdf, doc_id 4993de9eea35429d, FAILED (encrypted): PDF is encrypted; no text
                Not checked: the file could not be read.

                == gone.txt
                Document:    FAILED: file disappeared before it could be read
                Not checked: the file could not be read.

                3 files checked: 0 errors, 0 warnings, 0 info; 2 files not read, 0 read in part
                """, out);
        assertEquals(ExitCodes.OK, exit[0]);
        assertEquals(ExitCodes.FATAL, exit[1]);
    }

    @Test
    void aPartlyReadReportSaysSoAndCannotPass() {
        Report full = report();
        Report partial = new Report(full.docId(), ReadOutcome.partial(full.outcome().document().get(),
                ReadProblem.TEXT_LIMIT, "text cut at 100 characters"), full.documentFacts(), List.of());
        int[] exit = new int[1];
        String out = print(true, r -> {
            r.document("long.docx", partial);
            exit[0] = r.exitCode();
        });
        assertEquals("""
                == long.docx
                Document:    docx, doc_id 12b0915436d627df, PARTIAL (text_limit): text cut at 100 characters
                Only the text that was read is checked; the rest of the document is not.
                Region:      丰都县 500230 (重庆市)
                Department:  丰都县发展和改革委员会
                Fiscal year: 2024
                Kind:        project_self_evaluation

                Findings: none

                1 file checked: 0 errors, 0 warnings, 0 info; 0 files not read, 1 read in part
                """, out);
        assertEquals(ExitCodes.FATAL, exit[0]);
    }

    @Test
    void theQuotedFigureIsMarkedInItsSentence() {
        assertEquals("为【1302.76万元】，", QuoteLines.marked(new Quote("f1", "1302.76万元", "为1302.76万元，", "p1")));
        assertEquals("【良】", QuoteLines.marked(new Quote("f1", "良", "", "p1")));
        assertEquals("【8个】 in: 共八个", QuoteLines.marked(new Quote("f1", "8个", "共八个", "p1")));
        assertEquals("【1.2万元】 in: a b", QuoteLines.marked(new Quote("f1", "1.2万元", " a\r\n  b ", "p1")));
        assertEquals("预算管理 【21】", QuoteLines.marked(new Quote("", "21", "预算管理", "t1r8c2")));
    }

    @Test
    void quotesFromOneSentenceShareALine() {
        String sentence = "收入合计1302.76万元，其中：拨款1250.00万元，其他收入52.76万元。";
        List<String> lines = QuoteLines.of(List.of(new Quote("f3", "1302.76万元", sentence, "p3"),
                new Quote("f1", "52.76万元", sentence, "p3"), new Quote("f2", "1250.00万元", sentence, "p3"),
                new Quote("f9", "52.76万元", "又52.76万元", "p9"), new Quote("", "21", "预算管理", "t1r8c2")));
        assertEquals(List.of(
                "f3 f1 f2 p3  收入合计【1302.76万元】，其中：拨款【1250.00万元】，其他收入【52.76万元】。",
                "f9 p9        又【52.76万元】",
                "t1r8c2       预算管理 【21】"), lines);
        // the same figure twice in one sentence: each quote gets its own place
        assertEquals(List.of("f1 f2 p1  【3分】和【3分】"), QuoteLines.of(List.of(new Quote("f1", "3分", "3分和3分", "p1"),
                new Quote("f2", "3分", "3分和3分", "p1"))));
        // a figure its sentence lacks: each quote on its own line
        assertEquals(List.of("f1 p1  【8个】 in: 共八个", "f2 p1  【3个】 in: 共八个"), QuoteLines.of(List.of(
                new Quote("f1", "8个", "共八个", "p1"), new Quote("f2", "3个", "共八个", "p1"))));
    }

    @Test
    void chineseTakesTwoColumns() {
        assertEquals(4, DisplayWidth.of("预算"));
        assertEquals(10, DisplayWidth.of("95.24%（）"));
        assertEquals("预算  |", DisplayWidth.pad("预算", 6) + "|");
        assertEquals("预算执行率|", DisplayWidth.pad("预算执行率", 6) + "|");
    }
}
