package org.fiscalextract.model.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file's SHA-256 and size, from one pass over its bytes. The first 16 hex digits are the
 * doc_id, so the same content gets the same id in every run, on every machine, and in the
 * command line and the Spark job alike.
 */
public record ContentHash(String sha256, long bytes) {
    public static ContentHash of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in);
        }
    }

    /** Reads {@code in} to its end; the caller closes it. */
    public static ContentHash of(InputStream in) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) != -1; ) {
            digest.update(buffer, 0, n);
            bytes += n;
        }
        return new ContentHash(HexFormat.of().formatHex(digest.digest()), bytes);
    }

    public String docId() {
        return sha256.substring(0, 16);
    }
}
