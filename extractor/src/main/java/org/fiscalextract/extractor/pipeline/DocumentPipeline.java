package org.fiscalextract.extractor.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.fiscalextract.extractor.docfacts.DocumentFactsFinder;
import org.fiscalextract.extractor.ingest.DocumentReader;
import org.fiscalextract.extractor.ingest.ReaderConfig;
import org.fiscalextract.extractor.link.FactExtractor;
import org.fiscalextract.extractor.link.Vocabulary;
import org.fiscalextract.extractor.relate.RelationFinder;
import org.fiscalextract.extractor.recognize.QuantityRecognizer;
import org.fiscalextract.model.check.Figures;
import org.fiscalextract.model.check.Finding;
import org.fiscalextract.model.check.GradeScales;
import org.fiscalextract.model.check.Reconciler;
import org.fiscalextract.model.document.DocumentFacts;
import org.fiscalextract.model.document.OfficialDivision;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.ReadProblem;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.report.Report;

/**
 * One file in, one {@link Report} out: read, recognize, link, relate, check. The same steps run in the
 * command line and, per document, in the Spark job. Set up once per process (Tika and HanLP
 * take a second or two to load); thread-safe.
 */
public final class DocumentPipeline implements AutoCloseable {
    private final DocumentReader reader;
    private final FactExtractor facts;
    private final DocumentFactsFinder documentFacts;
    private final RelationFinder relations;
    private final Reconciler reconciler;
    private final boolean recognize;

    /**
     * @param recognize false to only read files (text and documents.csv), e.g. to measure what
     *                  recognition costs
     */
    public DocumentPipeline(ReaderConfig config, Vocabulary vocabulary, boolean recognize) {
        this(config, vocabulary, GradeScales.standard(), recognize);
    }

    /** @param scales the grade scales the grade_vs_score check applies, by province and year */
    public DocumentPipeline(ReaderConfig config, Vocabulary vocabulary, GradeScales scales, boolean recognize) {
        this.reader = new DocumentReader(config);
        this.recognize = recognize;
        this.facts = recognize ? new FactExtractor(QuantityRecognizer.standard(), vocabulary) : null;
        this.documentFacts = recognize ? new DocumentFactsFinder() : null;
        this.relations = new RelationFinder();
        this.reconciler = Reconciler.standard(scales);
    }

    public Report process(Path file, String docId) {
        return process(file, docId, file.toString());
    }

    /**
     * @param sourcePath the file's path as the user knows it, whose folder and file names may
     *                   name the region, year and kind; differs from {@code file} where the file
     *                   is read from a local copy (the Spark job copies each file from HDFS or S3)
     */
    public Report process(Path file, String docId, String sourcePath) {
        ReadOutcome outcome = reader.read(file, docId);
        if (outcome.document().isEmpty() || !recognize) {
            return Report.withoutFacts(docId, outcome);
        }
        ParsedDocument doc = outcome.document().get();
        try {
            DocumentFacts about = documentFacts.find(doc, sourcePath);
            List<Fact> found = facts.extract(doc);
            RelationFinder.Found related = relations.find(doc, found);
            List<Finding> findings = reconciler.reconcile(new Figures(found, related.relations(), related.tables(),
                    about.province(), about.fiscalYear()));
            return new Report(docId, outcome, about, found, related.projects(), findings, related.standardTables());
        } catch (RuntimeException | StackOverflowError e) {
            // one document's bug must not stop a batch: keep its text, say what failed
            return Report.withoutFacts(docId, ReadOutcome.partial(doc, ReadProblem.EXTRACTION_ERROR,
                    "text read, but finding its quantities failed (" + e + "); please report this file"));
        }
    }

    /** The official division list regions are resolved against (loaded here when facts are not looked for). */
    public List<OfficialDivision> officialDivisions() {
        return (documentFacts != null ? documentFacts : new DocumentFactsFinder()).officialDivisions();
    }

    @Override
    public void close() {
        reader.close();
    }
}
