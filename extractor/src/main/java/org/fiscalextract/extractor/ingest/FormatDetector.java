package org.fiscalextract.extractor.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
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

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final Detector detector;
    /** Tika's own detector of what a zip holds, or null if the configuration has none. */
    private final Detector zipDetector;

    FormatDetector() {
        this.detector = TikaSetup.CONFIG.getDetector();
        this.zipDetector = find(detector, DefaultZipContainerDetector.class);
    }

    Detection detect(Path file) throws IOException {
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            type = quickly(in);
            if (type == null) {
                type = detector.detect(in, new Metadata()).getBaseType();
            }
        }
        return detection(file, type);
    }

    /** What Tika's whole detector says, without the shortcuts of {@link #detect}: for tests. */
    Detection detectFully(Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detection(file, detector.detect(in, new Metadata()).getBaseType());
        }
    }

    /**
     * The type of a PDF (starts with %PDF-) or of an Office file in a zip, without Tika's whole
     * detector: it tries every one of its ~1,500 magic patterns on every file, about a twentieth
     * of a whole extract. Null when the leading bytes do not settle it.
     */
    private MediaType quickly(TikaInputStream in) throws IOException {
        byte[] head = new byte[PDF_MAGIC.length];
        in.mark(head.length);
        int n = in.readNBytes(head, 0, head.length);
        in.reset();
        if (n == head.length && Arrays.equals(head, PDF_MAGIC)) {
            return MediaType.application("pdf");
        }
        if (zipDetector != null && n >= ZIP_MAGIC.length && Arrays.equals(head, 0, ZIP_MAGIC.length, ZIP_MAGIC, 0,
                ZIP_MAGIC.length)) {
            MediaType type = zipDetector.detect(in, new Metadata()).getBaseType();
            return BY_TYPE.containsKey(type.toString()) ? type : null; // any other zip: as Tika says
        }
        return null;
    }

    private Detection detection(Path file, MediaType type) {
        SourceFormat format = BY_TYPE.get(type.toString());
        if (format == null && type.getType().equals("text") && !type.getSubtype().contains("html")) {
            format = SourceFormat.TXT; // csv, x-log and other plain text kinds read as text
        }
        if (format == SourceFormat.XLS && "et".equals(extension(file))) {
            format = SourceFormat.ET; // Kingsoft spreadsheets are BIFF8 inside, read as .xls
        }
        return new Detection(type, format == null ? SourceFormat.UNKNOWN : format);
    }

    private static Detector find(Detector detector, Class<? extends Detector> kind) {
        if (kind.isInstance(detector)) {
            return detector;
        }
        if (detector instanceof CompositeDetector composite) {
            for (Detector child : composite.getDetectors()) {
                Detector found = find(child, kind);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
