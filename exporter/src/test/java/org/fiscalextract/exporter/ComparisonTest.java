package org.fiscalextract.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonTest {
    private static final Path RUN = Path.of("src/test/resources/run");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/comparison.csv");

    /** The sample run's comparison, whole, against its control file (-Dgolden.update=true rewrites it). */
    @Test
    void sampleRunMatchesGolden() throws IOException {
        StringBuilder out = new StringBuilder();
        Comparison.write(List.of(RUN), out);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, out, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), out.toString());
    }

    /**
     * The first exact fact about the department itself gives the figure: a project's budget, an
     * approximate one and one of another canonical key do not. Projects are counted by grade,
     * findings by severity, and a document in two runs counts once.
     */
    @Test
    void figuresCountsAndDuplicates(@TempDir Path tmp) throws IOException {
        Path a = run(tmp.resolve("a"), List.of(doc("d1", "510904", "安居区", "2024", "办公室")),
                List.of(fact("d1", "f1", "budget_total", "项目甲", "exact", "500"),
                        fact("d1", "f2", "budget_total", "", "approx", "900"),
                        fact("d1", "f3", "budget_total", "", "exact", "13027600"),
                        fact("d1", "f4", "budget_total", "", "exact", "14717500"),
                        fact("d1", "f5", "execution_rate", "", "exact", "95.24")),
                List.of(project("d1", "甲", "优"), project("d1", "乙", "良"), project("d1", "丙", "优")),
                List.of(finding("d1", "c1", "error"), finding("d1", "c2", "info")));
        Path b = run(tmp.resolve("b"), List.of(doc("d1", "510904", "安居区", "2024", "办公室"),
                        doc("d2", "510904", "安居区", "2024", "办公室"), doc("d3", "141129", "中阳县", "2024", "")),
                List.of(fact("d2", "f1", "grade", "", "exact", "良")), List.of(), List.of());
        StringBuilder out = new StringBuilder();
        Comparison.write(List.of(a, b), out);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertEquals(2, rows.size());
        CSVRecord zhongyang = rows.get(0);
        assertEquals("141129", zhongyang.get("region_code"));
        assertEquals("d3", zhongyang.get("doc_ids"));
        CSVRecord anju = rows.get(1);
        assertEquals(List.of("2", "d1 d2", "13027600", "d1:f3", "95.24", "d1:f5", "良", "d2:f1"),
                List.of(anju.get("documents"), anju.get("doc_ids"), anju.get("budget_total"),
                        anju.get("budget_total_fact"), anju.get("execution_rate"), anju.get("execution_rate_fact"),
                        anju.get("grade"), anju.get("grade_fact")));
        assertEquals(List.of("3", "2", "1", "0", "0", "1", "0", "1"),
                List.of(anju.get("projects_evaluated"), anju.get("projects_excellent"), anju.get("projects_good"),
                        anju.get("projects_fair"), anju.get("projects_poor"), anju.get("findings_error"),
                        anju.get("findings_warning"), anju.get("findings_info")));
        assertEquals("", anju.get("executed_amount"));
    }

    /**
     * A run's own folders hold each document's rows together in documents.csv order and are read
     * one document at a time; a folder in any other order (edited, merged by hand) gives the same
     * table. Facts are named by "doc:fact_id", in file order.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "in order                  | d1:f1 d1:f2 d2:f1 | d1 d2",
            "second document first     | d2:f1 d1:f1 d1:f2 | d1 d2",
            "a document's facts split  | d1:f1 d2:f1 d1:f2 | d1 d2",
            "a fact of no document     | dx:f1 d1:f1 d1:f2 d2:f1 | d1 d2",
            "findings out of order     | d1:f1 d1:f2 d2:f1 | d2 d1",
    })
    void rowsInAnyOrderGiveTheSameTable(String name, String factOrder, String findingOrder, @TempDir Path tmp)
            throws IOException {
        Map<String, String> values = Map.of("d1:f1", "13027600", "d1:f2", "95.24", "d2:f1", "良", "dx:f1", "7");
        Map<String, String> keys = Map.of("d1:f1", "budget_total", "d1:f2", "execution_rate", "d2:f1", "grade",
                "dx:f1", "budget_total");
        List<Map<String, String>> facts = new ArrayList<>();
        for (String f : factOrder.trim().split(" ")) {
            String[] docFact = f.split(":");
            facts.add(fact(docFact[0], docFact[1], keys.get(f), "", "exact", values.get(f)));
        }
        List<Map<String, String>> findings = new ArrayList<>();
        for (String d : findingOrder.trim().split(" ")) {
            findings.add(finding(d, "c1", d.equals("d1") ? "error" : "info"));
        }
        List<Map<String, String>> docs = List.of(doc("d1", "510904", "安居区", "2024", "办公室"),
                doc("d2", "510904", "安居区", "2024", "办公室"), doc("d1", "510904", "安居区", "2024", "办公室"));
        StringBuilder out = new StringBuilder();
        Comparison.write(List.of(run(tmp.resolve("run"), docs, facts, List.of(project("d2", "甲", "优")), findings)), out);

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertEquals(1, rows.size());
        CSVRecord row = rows.get(0);
        assertEquals(List.of("2", "d1 d2", "13027600", "d1:f1", "95.24", "d1:f2", "良", "d2:f1", "1", "1", "1", "1"),
                List.of(row.get("documents"), row.get("doc_ids"), row.get("budget_total"), row.get("budget_total_fact"),
                        row.get("execution_rate"), row.get("execution_rate_fact"), row.get("grade"),
                        row.get("grade_fact"), row.get("projects_evaluated"), row.get("projects_excellent"),
                        row.get("findings_error"), row.get("findings_info")));
    }

    private static Map<String, String> doc(String id, String code, String region, String year, String dept) {
        return Map.of("doc_id", id, "region_code", code, "region", region, "fiscal_year", year, "department", dept,
                "status", "ok");
    }

    private static Map<String, String> fact(String doc, String id, String canonical, String subject, String qualifier,
                                            String value) {
        return Map.of("doc_id", doc, "fact_id", id, "canonical", canonical, "subject", subject,
                "qualifier", qualifier, "value", value);
    }

    private static Map<String, String> project(String doc, String name, String grade) {
        return Map.of("doc_id", doc, "project", name, "grade", grade);
    }

    private static Map<String, String> finding(String doc, String id, String severity) {
        return Map.of("doc_id", doc, "finding_id", id, "severity", severity);
    }

    private static Path run(Path dir, List<Map<String, String>> docs, List<Map<String, String>> facts,
                            List<Map<String, String>> projects, List<Map<String, String>> findings) throws IOException {
        Files.createDirectories(dir);
        write(dir, ContractSchema.DOCUMENTS, docs);
        write(dir, ContractSchema.FACTS, facts);
        write(dir, ContractSchema.PROJECTS, projects);
        write(dir, ContractSchema.FINDINGS, findings);
        return dir;
    }

    private static void write(Path dir, ContractSchema.Table table, List<Map<String, String>> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(table.header());
            for (Map<String, String> row : rows) {
                List<String> values = new ArrayList<>();
                table.header().forEach(c -> values.add(row.getOrDefault(c, "")));
                printer.printRecord(values);
            }
        }
        Files.writeString(dir.resolve(table.file()), out, StandardCharsets.UTF_8);
    }
}
