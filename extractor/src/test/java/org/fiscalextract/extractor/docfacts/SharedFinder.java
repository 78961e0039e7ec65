package org.fiscalextract.extractor.docfacts;

/** One finder for all tests in a JVM: loading the division list costs a fraction of a second. */
final class SharedFinder {
    static final DocumentFactsFinder FINDER = new DocumentFactsFinder();

    private SharedFinder() {
    }
}
