package org.fiscalextract.extractor.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.fiscalextract.model.document.DocumentMetadata;

/** Reads plain text in whatever encoding it is in; each line is a paragraph, tab-led cell lines are tables. */
final class PlainTextReader {
    private PlainTextReader() {
    }

    /** @throws NotTextException when the bytes are not text in any encoding we read */
    static RawDocument read(Path file, int maxChars) throws IOException, NotTextException {
        Optional<TextDecoder.Decoded> decoded = TextDecoder.decode(Files.readAllBytes(file));
        if (decoded.isEmpty()) {
            throw new NotTextException();
        }
        String text = decoded.get().text();
        boolean truncated = text.length() > maxChars;
        if (truncated) {
            text = text.substring(0, maxChars);
        }
        String charset = decoded.get().charset().name() + (decoded.get().bom() ? " (BOM)" : "");
        DocumentMetadata metadata = new DocumentMetadata("", "", "", "", "", "text/plain", charset, 0);
        return new RawDocument(TextTableSplitter.split(text), 0, metadata, List.of(), truncated);
    }

    /** The file's bytes are not text in UTF-8, UTF-16 or GB18030. */
    static final class NotTextException extends Exception {
        NotTextException() {
            super("not text");
        }
    }
}
