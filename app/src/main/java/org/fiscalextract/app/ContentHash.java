package org.fiscalextract.app;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file's SHA-256 and size: the model's {@link org.fiscalextract.model.document.ContentHash},
 * which the Spark job shares, under the name this package has always used.
 */
record ContentHash(String sha256, long bytes) {
    static ContentHash of(Path file) throws IOException {
        return of(org.fiscalextract.model.document.ContentHash.of(file));
    }

    static ContentHash of(org.fiscalextract.model.document.ContentHash hash) {
        return new ContentHash(hash.sha256(), hash.bytes());
    }

    String docId() {
        return shared().docId();
    }

    org.fiscalextract.model.document.ContentHash shared() {
        return new org.fiscalextract.model.document.ContentHash(sha256, bytes);
    }
}
