package org.fiscalextract.extractor.docfacts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.fiscalextract.model.document.DocumentFacts;
import org.fiscalextract.model.document.FactEvidence;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.SourceFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/** The table-driven cases of cases/docfacts/{region,year,kind,department}.tsv. */
class DocumentFactsCasesTest {

    @TestFactory
    Stream<DynamicTest> region() {
        return cases("region.tsv", (row, facts, doc) -> List.of(
                () -> assertEquals(row.get("region"), facts.region(), "region"),
                () -> assertEquals(row.get("region_code"), facts.regionCode(), "region_code"),
                () -> assertEquals(row.get("province"), facts.province(), "province"),
                () -> assertEquals(row.get("prefecture"), facts.prefecture(), "prefecture"),
                () -> assertEvidence(doc, row.get("path"), facts.regionEvidence())));
    }

    @TestFactory
    Stream<DynamicTest> fiscalYear() {
        return cases("year.tsv", (row, facts, doc) -> List.of(
                () -> assertEquals(row.get("fiscal_year"), facts.fiscalYear(), "fiscal_year"),
                () -> assertEquals(row.get("rule"), rule(facts.fiscalYearEvidence()), "rule"),
                () -> assertEvidence(doc, row.get("path"), facts.fiscalYearEvidence())));
    }

    @TestFactory
    Stream<DynamicTest> docKind() {
        return cases("kind.tsv", (row, facts, doc) -> List.of(
                () -> assertEquals(row.get("doc_kind"), facts.docKind(), "doc_kind"),
                () -> assertEquals(row.get("rule"), rule(facts.docKindEvidence()), "rule"),
                () -> assertEvidence(doc, row.get("path"), facts.docKindEvidence())));
    }

    @TestFactory
    Stream<DynamicTest> department() {
        return cases("department.tsv", (row, facts, doc) -> List.of(
                () -> assertEquals(row.get("department"), facts.department(), "department"),
                () -> assertEquals(row.get("rule"), rule(facts.departmentEvidence()), "rule"),
                () -> assertEvidence(doc, row.get("path"), facts.departmentEvidence())));
    }

    /** One finder serves many threads: every case gives the same answer in parallel as alone. */
    @Test
    void sameAnswersFromManyThreads() {
        List<ParsedDocument> docs = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (String file : List.of("region.tsv", "year.tsv", "kind.tsv", "department.tsv")) {
            for (Map<String, String> row : CaseFile.read(file).rows()) {
                docs.add(TextDocuments.of(TextDocuments.unescape(row.get("text")), row.get("metadata_title"), SourceFormat.TXT));
                paths.add(row.get("path"));
            }
        }
        List<DocumentFacts> alone = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            alone.add(SharedFinder.FINDER.find(docs.get(i), paths.get(i)));
        }
        for (int round = 0; round < 5; round++) {
            List<DocumentFacts> parallel = IntStream.range(0, docs.size()).parallel()
                    .mapToObj(i -> SharedFinder.FINDER.find(docs.get(i), paths.get(i))).toList();
            assertEquals(alone, parallel);
        }
    }

    /** The checks for one row, given the row, what was found and the document it was found in. */
    private interface Checks {
        List<Executable> of(Map<String, String> row, DocumentFacts facts, ParsedDocument doc);
    }

    private static Stream<DynamicTest> cases(String file, Checks checks) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, String> row : CaseFile.read(file).rows()) {
            tests.add(DynamicTest.dynamicTest(row.get("id") + ": " + row.get("why"), () -> {
                ParsedDocument doc = TextDocuments.of(TextDocuments.unescape(row.get("text")),
                        row.get("metadata_title"), SourceFormat.TXT);
                DocumentFacts facts = SharedFinder.FINDER.find(doc, row.get("path"));
                assertAll(row.get("id"), checks.of(row, facts, doc).stream());
            }));
        }
        return tests.stream();
    }

    private static String rule(Optional<FactEvidence> evidence) {
        return evidence.map(FactEvidence::rule).orElse("");
    }

    /** Evidence quotes exactly the stretch of the string it points into. */
    static void assertEvidence(ParsedDocument doc, String path, Optional<FactEvidence> evidence) {
        evidence.ifPresent(e -> {
            Function<FactEvidence, String> source = ev -> switch (ev.source()) {
                case TEXT -> doc.text();
                case METADATA_TITLE -> doc.metadata().title();
                case FILE_PATH -> path;
            };
            String s = source.apply(e);
            assertTrue(e.end() <= s.length(), "evidence " + e + " beyond its source of " + s.length());
            assertEquals(s.substring(e.start(), e.end()), e.text(), "evidence text");
            assertTrue(!e.text().isEmpty(), "evidence quotes something");
        });
    }
}
