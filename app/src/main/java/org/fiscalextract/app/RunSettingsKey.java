package org.fiscalextract.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.StringJoiner;

import org.fiscalextract.exporter.ContractSchema;
import org.fiscalextract.extractor.ingest.ReaderConfig;
import org.fiscalextract.extractor.pipeline.DocumentPipeline;
import org.fiscalextract.model.document.ContentHash;
import org.fiscalextract.model.report.Report;

/**
 * What an extract run's output depends on besides its input files: the build of the tool (each
 * module's jar), the reader's limits, whether facts are looked for, the vocabulary and grade scales given, and
 * whether JSON is written. A later run may reuse rows only from a run with the same key.
 */
final class RunSettingsKey {
    private RunSettingsKey() {
    }

    static String of(ReaderConfig config, boolean facts, Path vocabulary, Path gradeScales, boolean json)
            throws IOException {
        StringJoiner key = new StringJoiner("\n", "", "\n");
        for (Class<?> module : new Class<?>[] {RunSettingsKey.class, DocumentPipeline.class, ContractSchema.class,
            Report.class}) {
            key.add("build=" + build(module));
        }
        key.add("max_file_bytes=" + config.maxFileBytes());
        key.add("time_limit=" + config.timeLimit());
        key.add("max_text_chars=" + config.maxTextChars());
        key.add("facts=" + facts);
        key.add("vocabulary=" + contentOf(vocabulary));
        key.add("grade_scales=" + contentOf(gradeScales));
        key.add("json=" + json);
        return key.toString();
    }

    /** The jar a module runs from, by size and time: a rebuilt tool may find other facts. */
    private static String build(Class<?> module) throws IOException {
        CodeSource source = module.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "unknown";
        }
        try {
            Path jar = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(jar) ? jar.getFileName() + " " + Files.size(jar) + " "
                    + Files.getLastModifiedTime(jar).toMillis() : "classes " + jar;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }

    private static String contentOf(Path file) throws IOException {
        if (file == null) {
            return "";
        }
        return ContentHash.of(file).sha256();
    }
}
