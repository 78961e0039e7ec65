package org.fiscalextract.extractor.relate;

import java.nio.file.Path;

import org.fiscalextract.extractor.ingest.DocumentReader;
import org.fiscalextract.extractor.ingest.ReaderConfig;
import org.fiscalextract.extractor.link.FactExtractor;
import org.fiscalextract.extractor.link.Vocabulary;
import org.fiscalextract.extractor.pipeline.DocumentPipeline;
import org.fiscalextract.model.document.ParsedDocument;

/** What the relation tests share, set up once per JVM (Tika and HanLP take seconds to load). */
final class Relate {
    static final DocumentReader READER = new DocumentReader(ReaderConfig.defaults());
    static final FactExtractor FACTS = FactExtractor.standard();
    static final RelationFinder FINDER = new RelationFinder();
    static final DocumentPipeline PIPELINE = new DocumentPipeline(ReaderConfig.defaults(), Vocabulary.standard(), true);

    private Relate() {
    }

    static ParsedDocument read(Path file) {
        return READER.read(file, "test").document().orElseThrow();
    }

    /** The relations, indicator tables and projects found in a document's facts. */
    static RelationFinder.Found find(ParsedDocument doc) {
        return FINDER.find(doc, FACTS.extract(doc));
    }
}
