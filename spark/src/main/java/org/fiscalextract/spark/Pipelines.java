package org.fiscalextract.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.fiscalextract.extractor.ingest.ReaderConfig;
import org.fiscalextract.extractor.link.Vocabulary;
import org.fiscalextract.extractor.pipeline.DocumentPipeline;
import org.fiscalextract.model.check.GradeScales;

/**
 * The pipeline of an executor's JVM, set up on first use: Tika and HanLP take seconds to load,
 * so not once per file or per partition. It is thread-safe, so all of the executor's task
 * threads share it. Vocabulary and grade scales are the command line's defaults; one pipeline
 * per reader configuration (a JVM normally sees one).
 */
final class Pipelines {
    private static final Map<ReaderConfig, DocumentPipeline> BY_CONFIG = new ConcurrentHashMap<>();

    private Pipelines() {
    }

    static DocumentPipeline get(ReaderConfig config) {
        return BY_CONFIG.computeIfAbsent(config, c -> new DocumentPipeline(c, Vocabulary.standard(),
                GradeScales.standard(), true));
    }
}
