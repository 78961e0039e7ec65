package org.fiscalextract.extractor.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.tika.mime.MediaType;
import org.fiscalextract.extractor.normalize.TextNormalizer;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.ReadOutcome;
import org.fiscalextract.model.document.ReadProblem;
import org.fiscalextract.model.document.SourceFormat;

/**
 * Reads one file of any supported format into a {@link ParsedDocument}, or says in plain words
 * why it could not. Never throws for a bad file. Thread-safe: one instance serves a whole batch.
 */
public final class DocumentReader implements AutoCloseable {
    private static final Set<String> OFFICE_EXTENSIONS = Set.of("docx", "doc", "xlsx", "xls", "pdf", "rtf", "wps", "et");
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "csv", "log", "");

    private final ReaderConfig config;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final FormatDetector detector = new FormatDetector();
    private final TikaReader tika = new TikaReader();
    private final AtomicInteger threadNumber = new AtomicInteger();
    // parsing runs on its own thread so a parser stuck in a loop can be abandoned at the time limit
    private final ExecutorService parsing = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fiscal-extract-parse-" + threadNumber.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    public DocumentReader(ReaderConfig config) {
        this.config = config;
    }

    public ReaderConfig config() {
        return config;
    }

    public ReadOutcome read(Path file, String docId) {
        SourceFormat format = SourceFormat.UNKNOWN;
        try {
            long size = Files.size(file);
            if (size == 0) {
                return ReadOutcome.failed(format, ReadProblem.EMPTY_FILE, "file is empty (0 bytes)");
            }
            if (size > config.maxFileBytes()) {
                return ReadOutcome.failed(format, ReadProblem.TOO_LARGE, "file is " + ByteSize.format(size)
                        + ", over the size limit of " + ByteSize.format(config.maxFileBytes()) + "; not read");
            }
            FormatDetector.Detection detection = detector.detect(file);
            format = detection.format();
            if (format == SourceFormat.UNKNOWN) {
                ReadFailure failure = unsupported(file, detection.type());
                if (failure != null) {
                    return ReadOutcome.failed(protectedOfficeFormat(file, detection.type()), failure.problem(),
                            failure.message());
                }
                format = SourceFormat.TXT; // undetected bytes in a text-named file: maybe UTF-16 without a BOM
            }
            return readWithTimeLimit(file, docId, format, detection.type());
        } catch (IOException | RuntimeException e) {
            ReadFailure failure = FailureExplainer.explain(e, format);
            return ReadOutcome.failed(format, failure.problem(), failure.message());
        }
    }

    private ReadOutcome readWithTimeLimit(Path file, String docId, SourceFormat format, MediaType type) {
        Future<ReadOutcome> task = parsing.submit(() -> readNow(file, docId, format, type));
        long limitMillis = config.timeLimit().toMillis();
        try {
            return task.get(limitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return ReadOutcome.failed(format, ReadProblem.TIME_LIMIT, "reading took longer than the time limit of "
                    + seconds(limitMillis) + "; gave up (the file may make the parser loop)");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return ReadOutcome.failed(format, ReadProblem.TIME_LIMIT, "reading was interrupted");
        } catch (ExecutionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            ReadFailure failure = FailureExplainer.explain(cause, format);
            return ReadOutcome.failed(format, failure.problem(), failure.message());
        }
    }

    private ReadOutcome readNow(Path file, String docId, SourceFormat format, MediaType type) throws Exception {
        RawDocument raw;
        try {
            raw = switch (format) {
                case TXT -> PlainTextReader.read(file, config.maxTextChars());
                case XLSX, XLS, ET -> SpreadsheetReader.read(file, contentType(format), config.maxTextChars());
                case PDF -> PdfReader.read(file, config.maxTextChars());
                default -> tika.read(file, format, type, config.maxTextChars());
            };
        } catch (PlainTextReader.NotTextException e) {
            return ReadOutcome.failed(format, ReadProblem.NOT_TEXT,
                    "content is binary data, not text in UTF-8, UTF-16 or GB18030/GBK");
        }
        List<String> warnings = new ArrayList<>(raw.warnings());
        ParsedDocument document = new CanonicalTextBuilder(normalizer)
                .build(docId, format, raw.metadata(), raw.items(), raw.pageCount(), warnings);
        if (document.blocks().isEmpty()) {
            if (format == SourceFormat.PDF && raw.pageCount() > 0) {
                return ReadOutcome.failed(format, ReadProblem.NO_TEXT_LAYER, "PDF has no text layer ("
                        + raw.pageCount() + (raw.pageCount() == 1 ? " page" : " pages")
                        + " of images, probably scanned); no text extracted, and OCR is not supported");
            }
            return ReadOutcome.failed(format, ReadProblem.NO_TEXT, FailureExplainer.describe(format) + " contains no text");
        }
        if (raw.truncated()) {
            return ReadOutcome.partial(document, ReadProblem.TEXT_LIMIT, "text cut off after "
                    + config.maxTextChars() + " characters (the text limit); the rest of the file was not read");
        }
        return ReadOutcome.ok(document);
    }

    /** The failure for content we do not read, or null when the bytes may still be text. */
    private static ReadFailure unsupported(Path file, MediaType type) {
        String extension = FormatDetector.extension(file);
        if (type.getType().equals("image")) {
            return new ReadFailure(ReadProblem.UNKNOWN_FORMAT, "file is a picture (" + type
                    + "), not a document; pictures are not read because OCR is not supported");
        }
        if (type.toString().equals("application/x-ms-owner")) {
            return new ReadFailure(ReadProblem.UNKNOWN_FORMAT, "file is an Office lock file (~$...), left behind "
                    + "while a document was open; it holds no document text");
        }
        if (type.toString().equals("application/x-tika-ooxml-protected")) {
            return new ReadFailure(ReadProblem.ENCRYPTED, "Office document is password-protected; no text extracted");
        }
        if (OFFICE_EXTENSIONS.contains(extension)) {
            return new ReadFailure(ReadProblem.DAMAGED, "file is named ." + extension
                    + " but its content is not a readable ." + extension + " (damaged, truncated or another format: "
                    + type + ")");
        }
        if (TEXT_EXTENSIONS.contains(extension) && type.toString().equals("application/octet-stream")) {
            return null;
        }
        return new ReadFailure(ReadProblem.UNKNOWN_FORMAT, "format not supported (" + type
                + "); supported: .docx .doc .pdf .txt .html .xlsx .xls .rtf .wps .et");
    }

    /** An encrypted Office file hides whether it is a document or a workbook: its name is all we have. */
    private static SourceFormat protectedOfficeFormat(Path file, MediaType type) {
        if (!type.toString().equals("application/x-tika-ooxml-protected")) {
            return SourceFormat.UNKNOWN;
        }
        return switch (FormatDetector.extension(file)) {
            case "docx", "docm" -> SourceFormat.DOCX;
            case "xlsx", "xlsm" -> SourceFormat.XLSX;
            default -> SourceFormat.UNKNOWN;
        };
    }

    private static String contentType(SourceFormat format) {
        return switch (format) {
            case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            default -> "application/vnd.ms-excel";
        };
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format("%.1f s", millis / 1000.0);
    }

    @Override
    public void close() {
        parsing.shutdownNow();
    }
}
