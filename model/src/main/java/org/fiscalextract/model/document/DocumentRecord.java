package org.fiscalextract.model.document;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;

/**
 * One row of {@code documents.csv}: every input file has one, read or not. Empty strings stand
 * for "not known"; {@code millis} is the wall time spent reading and extracting the file, -1
 * when it was not measured (its cell is then empty). The
 * {@code tables…} columns list the standard budget tables (by code, {@code ;}-separated) the
 * document holds, declares empty and lacks; all three are empty for a document without them.
 */
public record DocumentRecord(String docId, String sourcePath, String format, long bytes, String sha256,
                             ReadStatus status, String error, String region, String regionCode,
                             String province, String prefecture, String department, String fiscalYear,
                             String docKind, int facts, int findings, long millis, String errorCode,
                             String tablesPresent, String tablesDeclaredEmpty, String tablesMissing) {
    public DocumentRecord {
        Objects.requireNonNull(docId);
        Objects.requireNonNull(sourcePath);
        Objects.requireNonNull(format);
        Objects.requireNonNull(sha256);
        Objects.requireNonNull(status);
        Objects.requireNonNull(error);
        Objects.requireNonNull(region);
        Objects.requireNonNull(regionCode);
        Objects.requireNonNull(province);
        Objects.requireNonNull(prefecture);
        Objects.requireNonNull(department);
        Objects.requireNonNull(fiscalYear);
        Objects.requireNonNull(docKind);
        Objects.requireNonNull(errorCode);
        Objects.requireNonNull(tablesPresent);
        Objects.requireNonNull(tablesDeclaredEmpty);
        Objects.requireNonNull(tablesMissing);
    }

    /**
     * The row of a file that could not even be opened: no doc_id (its content is unknown), format
     * unknown, failed with {@code message} and error code io_error.
     */
    public static DocumentRecord unreadable(String sourcePath, long bytes, String message, long millis) {
        return new DocumentRecord("", sourcePath, SourceFormat.UNKNOWN.label(), bytes, "", ReadStatus.FAILED,
                message, "", "", "", "", "", "", "", 0, 0, millis, ReadProblem.IO_ERROR.code(), "", "", "");
    }

    /**
     * The row of a file that could not be opened because of {@code e}, said in words the same way
     * by the command line and the Spark job (a local file or one in HDFS or S3).
     */
    public static DocumentRecord unreadable(String sourcePath, long bytes, IOException e, long millis) {
        String message;
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
            message = "file disappeared before it could be read";
        } else if (e instanceof AccessDeniedException) {
            message = "could not open the file: permission denied";
        } else {
            message = "could not open the file: " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
        }
        return unreadable(sourcePath, bytes, message, millis);
    }

    /** The same row for another file with this content, and the time it took. */
    public DocumentRecord forFile(String otherSourcePath, long otherMillis) {
        return new DocumentRecord(docId, otherSourcePath, format, bytes, sha256, status, error, region, regionCode,
                province, prefecture, department, fiscalYear, docKind, facts, findings, otherMillis, errorCode,
                tablesPresent, tablesDeclaredEmpty, tablesMissing);
    }
}
