package org.fiscalextract.app;

import java.util.Locale;

/** The files {@code --format} chooses among. The contract CSV files are always written. */
enum OutputFormat {
    /** documents, facts, projects, findings, comparison and divisions CSV, and datapackage.json. */
    CSV,
    /** json/&lt;doc_id&gt;.json and facts.jsonl. */
    JSON,
    /** workbook.xlsx. */
    XLSX,
    /** facts.sqlite. */
    SQLITE,
    /** report.html. */
    HTML;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
