package org.fiscalextract.exporter.review;

import java.io.IOException;
import java.nio.file.Path;

import org.fiscalextract.exporter.AtomicFile;

/**
 * {@code report.html}: one self-contained page to review an output folder in a browser, with
 * no network: the documents with their key figures and standard tables, every finding with the
 * sentences its figures stand in (the figures marked), and a table of the facts that sorts and
 * filters. Made only from the folder's CSV and text files, so it shows what they say; the same
 * folder gives the same bytes.
 */
public final class ReviewPage {

    /**
     * How many rows of each table the page holds; the page says when a table was cut and by how
     * much, and the CSV files keep everything.
     */
    public record Limits(int documents, int findings, int facts) {
        /**
         * Enough for a county's year of reports. At these limits the page is about 5 MB and opens
         * in a few seconds; the fact table sorts and filters its 20,000 rows without a pause.
         */
        public static final Limits DEFAULT = new Limits(1_000, 1_000, 20_000);

        public Limits {
            if (documents < 0 || findings < 0 || facts < 0) {
                throw new IllegalArgumentException("limits cannot be negative");
            }
        }
    }

    private ReviewPage() {
    }

    /** Writes the page for the output folder {@code outDir} to {@code target}, replacing it whole. */
    public static void write(Path outDir, Path target) throws IOException {
        write(outDir, target, Limits.DEFAULT);
    }

    public static void write(Path outDir, Path target, Limits limits) throws IOException {
        ReviewModel model = ReviewReader.read(outDir, limits);
        try (AtomicFile file = AtomicFile.create(target)) {
            ReviewHtml.write(file.writer(), model);
            file.commit();
        }
    }
}
