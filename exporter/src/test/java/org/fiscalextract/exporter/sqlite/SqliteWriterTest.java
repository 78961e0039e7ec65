package org.fiscalextract.exporter.sqlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.fiscalextract.exporter.AtomicFile;
import org.fiscalextract.exporter.ContractCsv;
import org.fiscalextract.exporter.ContractSchema;
import org.fiscalextract.exporter.KeyFigure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** facts.sqlite made from the sample output folder, asked the questions a reader would ask of it. */
class SqliteWriterTest {
    private static final Path RUN = Path.of("src/test/resources/run");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/facts-sqlite.txt");
    /** The key figures, listed here rather than taken from the code under test. */
    private static final List<String> FIGURES = List.of("budget_total", "executed_amount", "execution_rate",
            "self_eval_score", "grade", "income_total", "expenditure_total", "basic_expenditure",
            "project_expenditure", "three_public_total");

    @TempDir
    static Path shared;
    private static Path sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeSample() throws IOException {
        sample = shared.resolve("facts.sqlite");
        SqliteWriter.write(RUN, sample);
    }

    private static Connection open(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static List<ContractCsv.Row> csv(ContractSchema.Table table) throws IOException {
        return ContractCsv.read(RUN, table);
    }

    @Test
    void everyCsvRowIsATableRowInFileOrder() throws Exception {
        try (Connection db = open(sample); Statement s = db.createStatement()) {
            for (ContractSchema.Table table : ContractSchema.allTables()) {
                List<ContractCsv.Row> rows = csv(table);
                List<String> keys = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT " + table.primaryKey().get(0) + " FROM " + table.name()
                        + " ORDER BY rowid")) {
                    while (r.next()) {
                        keys.add(Optional.ofNullable(r.getString(1)).orElse(""));
                    }
                }
                assertEquals(rows.stream().map(row -> row.get(table.primaryKey().get(0))).toList(), keys,
                        table.name());
            }
        }
    }

    /** documents.facts and documents.findings count the rows the other tables have for the document. */
    @Test
    void documentsCountTheirFactsAndFindings() throws Exception {
        String sql = "SELECT d.source_path, d.facts, (SELECT COUNT(*) FROM facts f WHERE f.doc_id = d.doc_id),"
                + " d.findings, (SELECT COUNT(*) FROM findings c WHERE c.doc_id = d.doc_id) FROM documents d";
        int documents = 0;
        try (Connection db = open(sample); Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                documents++;
                assertEquals(r.getLong(2), r.getLong(3), r.getString(1));
                assertEquals(r.getLong(4), r.getLong(5), r.getString(1));
            }
        }
        assertEquals(4, documents);
        assertEquals(507, csv(ContractSchema.FACTS).size());
    }

    /**
     * document_figures holds, per document, the first fact of each key that the comparison's rule
     * accepts: the view's SQL against {@link KeyFigure}'s Java, two forms of one rule.
     */
    @Test
    void figuresViewMatchesTheFirstExactFactOfEachKey() throws Exception {
        Map<String, Map<String, ContractCsv.Row>> expected = new LinkedHashMap<>();
        for (ContractCsv.Row doc : csv(ContractSchema.DOCUMENTS)) {
            if (!doc.get("doc_id").isEmpty()) {
                expected.putIfAbsent(doc.get("doc_id"), new LinkedHashMap<>());
            }
        }
        for (ContractCsv.Row fact : csv(ContractSchema.FACTS)) {
            if (FIGURES.contains(fact.get("canonical")) && KeyFigure.qualifies(fact)) {
                expected.get(fact.get("doc_id")).putIfAbsent(fact.get("canonical"), fact);
            }
        }
        List<String> seen = new ArrayList<>();
        try (Connection db = open(sample); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM document_figures")) {
            while (r.next()) {
                String docId = r.getString("doc_id");
                seen.add(docId);
                for (String figure : FIGURES) {
                    ContractCsv.Row fact = expected.get(docId).get(figure);
                    String where = docId + " " + figure;
                    if (fact == null) {
                        assertNull(r.getObject(figure), where);
                        assertNull(r.getObject(figure + "_fact"), where);
                        continue;
                    }
                    assertEquals(fact.get("fact_id"), r.getString(figure + "_fact"), where);
                    if (figure.equals("grade")) {
                        assertEquals(fact.get("value"), r.getString(figure), where);
                    } else {
                        assertEquals(fact.get("value"), r.getString(figure + "_exact"), where);
                        assertNumber(fact.get("value"), r.getObject(figure), where);
                    }
                }
            }
        }
        assertEquals(List.copyOf(expected.keySet()), seen);

        // the same, read off facts.csv by hand
        try (Connection db = open(sample); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT budget_total, executed_amount, execution_rate, self_eval_score,"
                     + " execution_rate_fact, three_public_total, three_public_total_exact, region_code, fiscal_year"
                     + " FROM document_figures WHERE doc_id = '38284b70141ab869'")) {
            assertTrue(r.next());
            assertEquals(414700L, r.getLong(1));
            assertEquals(2538700L, r.getLong(2));
            assertEquals(100L, r.getLong(3));
            assertEquals(98.6, r.getDouble(4));
            assertEquals("f36", r.getString(5));
            assertEquals(4600L, r.getLong(6));
            assertEquals("4600", r.getString(7));
            assertEquals("510904", r.getString(8));
            assertEquals(2024, r.getInt(9));
        }

        // a comparison across documents
        try (Connection db = open(sample); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT doc_id FROM document_figures WHERE execution_rate > 99.5"
                     + " AND self_eval_score >= 90 AND fiscal_year = 2024")) {
            assertTrue(r.next());
            assertEquals("38284b70141ab869", r.getString(1));
            assertFalse(r.next());
        }
    }

    /** Numbers compare and sort as numbers: as text, '77.7' > '100'. */
    @Test
    void numbersCompareAsNumbers() throws Exception {
        try (Connection db = open(sample); Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT project FROM projects WHERE score < 80 ORDER BY score")) {
                List<String> low = new ArrayList<>();
                while (r.next()) {
                    low.add(r.getString(1));
                }
                List<String> expected = csv(ContractSchema.PROJECTS).stream()
                        .filter(p -> !p.get("score").isEmpty() && new BigDecimal(p.get("score")).compareTo(
                                BigDecimal.valueOf(80)) < 0)
                        .sorted((a, b) -> new BigDecimal(a.get("score")).compareTo(new BigDecimal(b.get("score"))))
                        .map(p -> p.get("project")).toList();
                assertEquals(expected, low);
                assertEquals(3, low.size());
            }
        }
    }

    /** SUM over amounts gives the exact decimal sum: exactly when the values are whole, once rounded otherwise. */
    @Test
    void sumsMatchExactDecimalSums() throws Exception {
        Map<String, BigDecimal> yuanByDoc = new LinkedHashMap<>();
        BigDecimal wan = BigDecimal.ZERO;
        int wanScale = 0;
        for (ContractCsv.Row fact : csv(ContractSchema.FACTS)) {
            if (fact.get("unit").equals("yuan")) {
                yuanByDoc.merge(fact.get("doc_id"), new BigDecimal(fact.get("value")), BigDecimal::add);
            }
            if (!fact.get("value_wan").isEmpty()) {
                BigDecimal v = new BigDecimal(fact.get("value_wan"));
                wan = wan.add(v);
                wanScale = Math.max(wanScale, v.scale());
            }
        }
        BigDecimal funds = csv(ContractSchema.PROJECTS).stream().map(p -> p.get("funds_yuan"))
                .filter(v -> !v.isEmpty()).map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        try (Connection db = open(sample); Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT doc_id, ROUND(SUM(value), 2) FROM facts"
                    + " WHERE unit = 'yuan' GROUP BY doc_id ORDER BY MIN(rowid)")) {
                Map<String, BigDecimal> sums = new LinkedHashMap<>();
                while (r.next()) {
                    sums.put(r.getString(1), BigDecimal.valueOf(r.getDouble(2)));
                }
                assertEquals(yuanByDoc.keySet(), sums.keySet());
                yuanByDoc.forEach((doc, sum) -> assertEquals(0, sum.compareTo(sums.get(doc)), doc + ": " + sum
                        + " vs " + sums.get(doc)));
                assertEquals(0, new BigDecimal("1638659020.16").compareTo(sums.get("531619f545347d7e")));
            }
            try (ResultSet r = s.executeQuery("SELECT ROUND(SUM(value_wan), " + wanScale + ") FROM facts")) {
                assertTrue(r.next());
                assertEquals(0, wan.compareTo(BigDecimal.valueOf(r.getDouble(1))), wan + " vs " + r.getDouble(1));
            }
            // whole yuan are INTEGERs: their sum is exact without rounding
            try (ResultSet r = s.executeQuery("SELECT SUM(funds_yuan), typeof(SUM(funds_yuan)) FROM projects")) {
                assertTrue(r.next());
                assertEquals(funds.longValueExact(), r.getLong(1));
                assertEquals("integer", r.getString(2));
            }
        }
    }

    /** Whole numbers are INTEGER, others REAL, each with its exact text; empty cells are NULL. */
    @Test
    void numbersAreTypedWithTheirExactText() throws Exception {
        List<ContractCsv.Row> findings = csv(ContractSchema.FINDINGS);
        try (Connection db = open(sample); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT expected, typeof(expected), expected_exact, actual, typeof(actual),"
                     + " typeof(fact_ids) FROM findings ORDER BY rowid")) {
            for (ContractCsv.Row f : findings) {
                assertTrue(r.next());
                String expected = f.get("expected");
                if (expected.isEmpty()) {
                    assertNull(r.getObject(1));
                    assertNull(r.getObject(3));
                } else {
                    assertEquals(expected, r.getString(3));
                    assertNumber(expected, r.getObject(1), f.get("finding_id"));
                    assertEquals(expected.contains(".") ? "real" : "integer", r.getString(2));
                }
                assertEquals(f.get("fact_ids").isEmpty() ? "null" : "text", r.getString(6));
            }
            assertFalse(r.next());
        }
        try (Connection db = open(sample); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT typeof(doc_id), typeof(fiscal_year), typeof(millis), region_code"
                     + " FROM documents WHERE status = 'failed'")) {
            assertTrue(r.next());
            assertEquals("text", r.getString(1));
            assertEquals("null", r.getString(2));
            assertEquals("integer", r.getString(3));
            assertNull(r.getString(4));
        }
    }

    @Test
    void columnsAreDescribed() throws Exception {
        try (Connection db = open(sample); Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT sql_type, type, unit, description FROM _columns"
                    + " WHERE table_name = 'facts' AND column_name = 'value_wan'")) {
                assertTrue(r.next());
                assertEquals("NUMERIC", r.getString(1));
                assertEquals("number", r.getString(2));
                assertEquals("万元", r.getString(3));
                assertTrue(r.getString(4).startsWith("An amount in 万元"));
            }
            // every column of every table and view, and nothing else
            try (ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM _columns),"
                    + " (SELECT COUNT(*) FROM sqlite_master m, pragma_table_info(m.name)"
                    + " WHERE m.type IN ('table', 'view')),"
                    + " (SELECT COUNT(*) FROM _columns c WHERE NOT EXISTS (SELECT 1 FROM pragma_table_info(c.table_name)"
                    + " p WHERE p.name = c.column_name))")) {
                assertTrue(r.next());
                assertEquals(r.getInt(2), r.getInt(1));
                assertEquals(0, r.getInt(3));
            }
        }
    }

    @Test
    void goldenDump() throws Exception {
        String actual = SqliteDump.of(sample);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(GOLDEN), GOLDEN + " is missing: run with -Dgolden.update=true and review it");
        List<String> expected = Files.readAllLines(GOLDEN, StandardCharsets.UTF_8);
        List<String> lines = actual.lines().toList();
        for (int i = 0; i < Math.min(expected.size(), lines.size()); i++) {
            int line = i + 1;
            assertEquals(expected.get(i), lines.get(i), () -> "line " + line + " differs from " + GOLDEN
                    + ": if intended, run with -Dgolden.update=true and review the diff");
        }
        assertEquals(expected.size(), lines.size(), "lines in " + GOLDEN);
    }

    @Test
    void foreignKeysHoldOnTheSampleAndABrokenOneIsReported() throws Exception {
        assertEquals(List.of(), foreignKeyProblems(sample));

        Path out = copyOfRun();
        Files.writeString(out.resolve("facts.csv"), "ffffffffffffffff,f1,count,,,,2,item,exact,,两批,0,2,p1,rule,两批\r\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path broken = dir.resolve("broken.sqlite");
        SqliteWriter.write(out, broken);
        assertEquals(List.of("facts row 508 -> document_ids"), foreignKeyProblems(broken));
    }

    private static List<String> foreignKeyProblems(Path file) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection db = open(file); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("PRAGMA foreign_key_check")) {
            while (r.next()) {
                problems.add(r.getString("table") + " row " + r.getLong("rowid") + " -> " + r.getString("parent"));
            }
        }
        return problems;
    }

    @Test
    void sameFolderSameBytesAndTheTargetIsReplacedWithoutDebris() throws Exception {
        Path target = dir.resolve("facts.sqlite");
        Files.writeString(target, "an older file");
        SqliteWriter.write(RUN, target);
        assertArrayEquals(Files.readAllBytes(sample), Files.readAllBytes(target));
        assertEquals(List.of(target), files(dir));
    }

    @Test
    void comparisonAndDivisionsAreLoadedOnlyWhenPresent() throws Exception {
        Path out = copyOfRun();
        Files.delete(out.resolve("comparison.csv"));
        Files.delete(out.resolve("divisions.csv"));
        Path target = dir.resolve("facts.sqlite");
        SqliteWriter.write(out, target);
        try (Connection db = open(target); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master"
                     + " WHERE type IN ('table', 'view') ORDER BY rowid)")) {
            assertTrue(r.next());
            assertEquals("documents document_ids facts projects findings document_figures _columns", r.getString(1));
        }
    }

    @Test
    void aFolderWithoutTheContractFilesIsRefused() throws Exception {
        Path out = copyOfRun();
        Files.delete(out.resolve("facts.csv"));
        Path target = dir.resolve("facts.sqlite");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> SqliteWriter.write(out, target));
        assertTrue(e.getMessage().contains("facts.csv"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    /** A cell that is not a number fails the write with its place, and leaves the earlier file as it was. */
    @Test
    void aBadNumberNamesItsPlaceAndLeavesTheEarlierFile() throws Exception {
        Path out = copyOfRun();
        Path projects = out.resolve("projects.csv");
        Files.writeString(projects, Files.readString(projects, StandardCharsets.UTF_8).replace(",185707500,",
                ",185707500 元,"), StandardCharsets.UTF_8);
        Path target = out.resolve("facts.sqlite");
        Files.writeString(target, "an older file");
        IOException e = assertThrows(IOException.class, () -> SqliteWriter.write(out, target));
        assertTrue(e.getMessage().contains("projects.csv data row 1, column funds_yuan: \"185707500 元\""),
                e.getMessage());
        assertEquals("an older file", Files.readString(target));
        assertTrue(files(out).stream().noneMatch(AtomicFile::isTempFile), () -> files(out).toString());
    }

    private Path copyOfRun() throws IOException {
        Path out = Files.createDirectories(dir.resolve("run"));
        for (ContractSchema.Table table : ContractSchema.allTables()) {
            Files.copy(RUN.resolve(table.file()), out.resolve(table.file()));
        }
        return out;
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertNumber(String exact, Object stored, String where) {
        BigDecimal value = new BigDecimal(exact);
        if (value.stripTrailingZeros().scale() <= 0) {
            assertEquals(value.longValueExact(), ((Number) stored).longValue(), where);
            assertFalse(stored instanceof Double, where + ": a whole number should be an INTEGER");
        } else {
            assertEquals(Double.parseDouble(exact), (Double) stored, where);
        }
    }
}
