package org.fiscalextract.extractor.ingest;

import org.apache.tika.config.TikaConfig;

/**
 * Tika's default configuration, made once per process: every {@code getDefaultConfig()} loads the
 * parsers and the media-type database again, which takes most of a second.
 */
final class TikaSetup {
    static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();

    private TikaSetup() {
    }
}
