package org.fiscalextract.extractor.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits that keep one bad file from hurting a batch.
 *
 * @param maxFileBytes files larger than this are not read at all
 * @param timeLimit    a file whose parsing takes longer is given up
 * @param maxTextChars text beyond this many characters is cut off and the file marked partial
 */
public record ReaderConfig(long maxFileBytes, Duration timeLimit, int maxTextChars) {
    public static final long DEFAULT_MAX_FILE_BYTES = 100L * 1024 * 1024;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(120);
    public static final int DEFAULT_MAX_TEXT_CHARS = 20_000_000;

    public ReaderConfig {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (maxFileBytes < 1 || timeLimit.isNegative() || timeLimit.isZero() || maxTextChars < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static ReaderConfig defaults() {
        return new ReaderConfig(DEFAULT_MAX_FILE_BYTES, DEFAULT_TIME_LIMIT, DEFAULT_MAX_TEXT_CHARS);
    }

    public ReaderConfig withMaxFileBytes(long bytes) {
        return new ReaderConfig(bytes, timeLimit, maxTextChars);
    }

    public ReaderConfig withTimeLimit(Duration limit) {
        return new ReaderConfig(maxFileBytes, limit, maxTextChars);
    }

    public ReaderConfig withMaxTextChars(int chars) {
        return new ReaderConfig(maxFileBytes, timeLimit, chars);
    }
}
