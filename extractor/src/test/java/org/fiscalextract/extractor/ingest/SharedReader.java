package org.fiscalextract.extractor.ingest;

/** One reader for all tests in a JVM: Tika's set-up costs about a second. */
final class SharedReader {
    static final DocumentReader READER = new DocumentReader(ReaderConfig.defaults());

    private SharedReader() {
    }
}
