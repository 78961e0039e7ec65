package org.fiscalextract.extractor.docfacts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fiscalextract.extractor.ingest.DocumentReader;
import org.fiscalextract.extractor.ingest.ReaderConfig;
import org.fiscalextract.model.document.DocumentFacts;
import org.fiscalextract.model.document.DocumentMetadata;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.ReadOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of corpus/reports, read with {@link DocumentReader}, against cases/docfacts/corpus.tsv:
 * all seven document columns, and evidence that quotes its source.
 */
class CorpusDocumentFactsTest {
    private static final Path CORPUS = Path.of("..", "corpus").toAbsolutePath().normalize();
    private static final Path REPORTS = CORPUS.resolve("reports");
    private static DocumentReader reader;

    @BeforeAll
    static void openReader() {
        reader = new DocumentReader(ReaderConfig.defaults());
    }

    @AfterAll
    static void closeReader() {
        reader.close();
    }

    @TestFactory
    Stream<DynamicTest> everyRendition() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, String> row : CaseFile.read("corpus.tsv").rows()) {
            String file = row.get("file");
            tests.add(DynamicTest.dynamicTest(file, () -> {
                ParsedDocument doc = read(CORPUS.resolve(file));
                DocumentFacts facts = SharedFinder.FINDER.find(doc, file);
                assertAll(file,
                        () -> assertEquals(row.get("region"), facts.region(), "region"),
                        () -> assertEquals(row.get("region_code"), facts.regionCode(), "region_code"),
                        () -> assertEquals(row.get("province"), facts.province(), "province"),
                        () -> assertEquals(row.get("prefecture"), facts.prefecture(), "prefecture"),
                        () -> assertEquals(row.get("department"), facts.department(), "department"),
                        () -> assertEquals(row.get("fiscal_year"), facts.fiscalYear(), "fiscal_year"),
                        () -> assertEquals(row.get("doc_kind"), facts.docKind(), "doc_kind"),
                        () -> DocumentFactsCasesTest.assertEvidence(doc, file, facts.regionEvidence()),
                        () -> DocumentFactsCasesTest.assertEvidence(doc, file, facts.departmentEvidence()),
                        () -> DocumentFactsCasesTest.assertEvidence(doc, file, facts.fiscalYearEvidence()),
                        () -> DocumentFactsCasesTest.assertEvidence(doc, file, facts.docKindEvidence()));
            }));
        }
        return tests.stream();
    }

    @Test
    void controlFileListsEveryReport() throws IOException {
        Set<String> listed = CaseFile.read("corpus.tsv").rows().stream().map(r -> r.get("file"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> walk = Files.walk(REPORTS)) {
            present = walk.filter(Files::isRegularFile)
                    .map(p -> CORPUS.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed, "corpus.tsv must list exactly the files of corpus/reports");
    }

    /**
     * The workbooks hold only 004's tables. Without their metadata title and with a file name that
     * says nothing, the tables still give the region, the department and the year from the forms
     * (实施单位, 部门预算项目支出绩效自评表（2024年度）), and the kind of the first table.
     */
    @TestFactory
    Stream<DynamicTest> tablesAlone() {
        return Stream.of("reports/004_8a99ebaca312e0ad.xlsx", "reports/004_8a99ebaca312e0ad.xls")
                .map(file -> DynamicTest.dynamicTest(file, () -> {
                    ParsedDocument withTitle = read(CORPUS.resolve(file));
                    ParsedDocument doc = new ParsedDocument(withTitle.docId(), withTitle.format(), DocumentMetadata.NONE,
                            withTitle.text(), withTitle.blocks(), withTitle.tables(), withTitle.pages(),
                            withTitle.sourceMap(), withTitle.warnings());
                    DocumentFacts facts = SharedFinder.FINDER.find(doc, "tables.xlsx");
                    assertAll(file,
                            () -> assertEquals("安居区", facts.region()),
                            () -> assertEquals("510904", facts.regionCode()),
                            () -> assertEquals("中共遂宁市安居区委目标绩效管理办公室", facts.department()),
                            () -> assertEquals("department.form", facts.departmentEvidence().orElseThrow().rule()),
                            () -> assertEquals("2024", facts.fiscalYear()),
                            () -> assertEquals("year.heading", facts.fiscalYearEvidence().orElseThrow().rule()),
                            () -> assertEquals("department_self_evaluation", facts.docKind()),
                            () -> DocumentFactsCasesTest.assertEvidence(doc, "tables.xlsx", facts.regionEvidence()));
                }));
    }

    private static ParsedDocument read(Path file) {
        ReadOutcome outcome = reader.read(file, file.getFileName().toString());
        assertTrue(outcome.document().isPresent(), () -> file + " was not read: " + outcome.message());
        return outcome.document().get();
    }
}
