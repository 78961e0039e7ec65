package org.fiscalextract.model.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A file that cannot be opened gets the same words from the command line (java.nio) and the Spark job (Hadoop). */
class DocumentRecordTest {
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new NoSuchFileException("/in/a.pdf"), "file disappeared before it could be read"),
                Arguments.of(new FileNotFoundException("File hdfs:/in/a.pdf does not exist"),
                        "file disappeared before it could be read"),
                Arguments.of(new AccessDeniedException("/in/a.pdf"), "could not open the file: permission denied"),
                Arguments.of(new IOException("Input/output error"), "could not open the file: Input/output error"),
                Arguments.of(new IOException(), "could not open the file: IOException"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void saysWhyAFileCouldNotBeOpened(IOException e, String message) {
        DocumentRecord row = DocumentRecord.unreadable("in/a.pdf", 12, e, -1);
        assertEquals(message, row.error());
        assertEquals(ReadStatus.FAILED, row.status());
        assertEquals(ReadProblem.IO_ERROR.code(), row.errorCode());
        assertEquals("", row.docId());
        assertEquals(12, row.bytes());
    }
}
