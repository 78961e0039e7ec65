package org.fiscalextract.extractor.ingest;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.zip.ZipException;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.fiscalextract.model.document.ReadProblem;
import org.fiscalextract.model.document.SourceFormat;

/** Turns what a parser threw into the reason a user reads in documents.csv. */
final class FailureExplainer {
    private FailureExplainer() {
    }

    static ReadFailure explain(Throwable thrown, SourceFormat format) {
        String what = describe(format);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof PdfReader.ExtractionForbidden) {
                return new ReadFailure(ReadProblem.ENCRYPTED,
                        "PDF forbids copying its text (its permissions do not allow it); no text extracted");
            }
            if (t instanceof EncryptedDocumentException || t instanceof org.apache.poi.EncryptedDocumentException
                    || message.contains("password")) {
                return new ReadFailure(ReadProblem.ENCRYPTED, format == SourceFormat.PDF
                        ? "PDF is encrypted; no text extracted (it needs a password to open)"
                        : what + " is password-protected; no text extracted");
            }
            if (message.contains("zip bomb") || t.getClass().getSimpleName().equals("ZipBombException")) {
                return new ReadFailure(ReadProblem.ZIP_BOMB, what + " expands to far more data than its size "
                        + "suggests (a possible zip bomb); not read");
            }
            if (t instanceof NoSuchFileException) {
                return new ReadFailure(ReadProblem.IO_ERROR, "file disappeared before it could be read");
            }
            if (t instanceof AccessDeniedException) {
                return new ReadFailure(ReadProblem.IO_ERROR, "file cannot be opened: permission denied");
            }
            if (t instanceof UnsupportedFormatException) {
                return new ReadFailure(ReadProblem.UNKNOWN_FORMAT, what + " uses a variant this tool cannot read");
            }
            if (t instanceof ZipException || t instanceof EOFException
                    || t instanceof org.apache.poi.EmptyFileException
                    || t instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                    || t instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException
                    || t instanceof org.apache.poi.poifs.filesystem.NotOLE2FileException
                    || message.contains("truncated") || message.contains("unexpected end")
                    || message.contains("invalid header signature")) {
                return new ReadFailure(ReadProblem.DAMAGED, what + " is damaged or truncated and cannot be opened ("
                        + shortReason(t) + ")");
            }
        }
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (thrown instanceof OutOfMemoryError) {
            return new ReadFailure(ReadProblem.PARSER_ERROR, what + " is too large or complex to read in memory");
        }
        if (thrown instanceof Error) {
            return new ReadFailure(ReadProblem.PARSER_ERROR, "the " + what + " reader failed on this file ("
                    + shortReason(root) + ")");
        }
        // a parser that gives up on a file's structure almost always means the file is broken
        return new ReadFailure(ReadProblem.DAMAGED, what + " is damaged or malformed and could not be read ("
                + shortReason(root) + ")");
    }

    /** "the Word (.docx) file", for messages. */
    static String describe(SourceFormat format) {
        return switch (format) {
            case DOCX -> "Word (.docx) file";
            case DOC -> "Word 97-2003 (.doc) file";
            case PDF -> "PDF";
            case TXT -> "text file";
            case HTML -> "web page";
            case XLSX -> "Excel (.xlsx) workbook";
            case XLS -> "Excel 97-2003 (.xls) workbook";
            case RTF -> "RTF document";
            case WPS -> "WPS document";
            case ET -> "WPS spreadsheet";
            case UNKNOWN -> "file";
        };
    }

    /** First line of an exception's message, without class names, capped in length. */
    static String shortReason(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
