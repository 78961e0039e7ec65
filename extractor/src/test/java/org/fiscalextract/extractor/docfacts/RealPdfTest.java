package org.fiscalextract.extractor.docfacts;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fiscalextract.extractor.ingest.DocumentReader;
import org.fiscalextract.extractor.ingest.ReaderConfig;
import org.fiscalextract.model.document.DocumentFacts;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.ReadOutcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two real published PDFs (a Shanghai district bureau's 2026 department and unit budgets) from
 * ../shared/real-pdf, not part of the project: skipped when absent. Their first line runs the title
 * into 「预算主管部门：上海市普陀区司法局」; 普陀区 is also in 舟山市.
 */
class RealPdfTest {
    private static final Path REAL = Path.of("..", "..", "shared", "real-pdf").toAbsolutePath().normalize();

    private static DocumentReader reader;

    @BeforeAll
    static void openReader() {
        reader = new DocumentReader(ReaderConfig.defaults());
    }

    @AfterAll
    static void closeReader() {
        reader.close();
    }

    @ParameterizedTest
    @CsvSource({"putuo-sifaju-2026-dept-budget.pdf", "putuo-sifaju-2026-unit-budget.pdf"})
    void shanghaiDistrictBudget(String name) {
        Path file = REAL.resolve(name);
        assumeTrue(Files.isRegularFile(file), "no " + file);
        ReadOutcome outcome = reader.read(file, name);
        assertTrue(outcome.document().isPresent(), outcome.message());
        ParsedDocument doc = outcome.document().get();
        DocumentFacts facts = SharedFinder.FINDER.find(doc, name);
        assertAll(name,
                () -> assertEquals("普陀区", facts.region()),
                () -> assertEquals("310107", facts.regionCode()),
                () -> assertEquals("上海市", facts.province()),
                () -> assertEquals("上海市", facts.prefecture()),
                () -> assertEquals("上海市普陀区司法局", facts.department()),
                () -> assertEquals("2026", facts.fiscalYear()),
                () -> assertEquals("department_budget", facts.docKind()));
    }
}
