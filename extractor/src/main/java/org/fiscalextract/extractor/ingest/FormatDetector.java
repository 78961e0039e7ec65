package org.fiscalextract.extractor.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.fiscalextract.model.document.SourceFormat;

/**
 * Tells what a file really is from its bytes; the file name is deliberately not shown to the
 * detector, so a .doc named .docx is read as a .doc.
 */
final class FormatDetector {
    private static final Map<String, SourceFormat> BY_TYPE = Map.ofEntries(
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", SourceFormat.DOCX),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template", SourceFormat.DOCX),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", SourceFormat.DOCX),
            Map.entry("application/vnd.ms-word.template.macroenabled.12", SourceFormat.DOCX),
            Map.entry("application/msword", SourceFormat.DOC),
            Map.entry("application/pdf", SourceFormat.PDF),
            Map.entry("text/plain", SourceFormat.TXT),
            Map.entry("text/html", SourceFormat.HTML),
            Map.entry("application/xhtml+xml", SourceFormat.HTML),
            Map.entry("application/rtf", SourceFormat.RTF),
            Map.entry("text/rtf", SourceFormat.RTF),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SourceFormat.XLSX),
            Map.entry("application/vnd.ms-excel.sheet.macroenabled.12", SourceFormat.XLSX),
            Map.entry("application/vnd.ms-excel", SourceFormat.XLS),
            Map.entry("application/vnd.ms-works", SourceFormat.WPS));

    /** What detection found: the media type and, when supported, the format to read it as. */
    record Detection(MediaType type, SourceFormat format) {
    }

    private final Detector detector;

    FormatDetector() {
        this.detector = TikaSetup.CONFIG.getDetector();
    }

    Detection detect(Path file) throws IOException {
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            type = detector.detect(in, new Metadata()).getBaseType();
        }
        SourceFormat format = BY_TYPE.get(type.toString());
        if (format == null && type.getType().equals("text") && !type.getSubtype().contains("html")) {
            format = SourceFormat.TXT; // csv, x-log and other plain text kinds read as text
        }
        if (format == SourceFormat.XLS && "et".equals(extension(file))) {
            format = SourceFormat.ET; // Kingsoft spreadsheets are BIFF8 inside, read as .xls
        }
        return new Detection(type, format == null ? SourceFormat.UNKNOWN : format);
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
