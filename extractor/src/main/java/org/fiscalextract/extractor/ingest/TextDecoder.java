package org.fiscalextract.extractor.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds the encoding of a plain-text file: a byte-order mark if there is one; otherwise UTF-16
 * by its zero bytes, UTF-8 if the bytes are valid UTF-8, else GB18030 (a superset of GBK and
 * GB2312) if they are valid GB18030. Text full of control characters is binary, not text.
 */
final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");

    /** Decoded text and the charset it was read with. */
    record Decoded(String text, Charset charset, boolean bom) {
    }

    private TextDecoder() {
    }

    /** The decoded text, or empty when the bytes are not text in any encoding we read. */
    static Optional<Decoded> decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, true);
        }
        Charset utf16 = utf16ByZeros(bytes);
        if (utf16 != null) {
            return strict(bytes, 0, utf16, false);
        }
        Optional<Decoded> utf8 = strict(bytes, 0, StandardCharsets.UTF_8, false);
        if (utf8.isPresent()) {
            return utf8;
        }
        return strict(bytes, 0, GB18030, false);
    }

    private static Optional<Decoded> strict(byte[] bytes, int skip, Charset charset, boolean bom) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
            return looksLikeText(text) ? Optional.of(new Decoded(text, charset, bom)) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** UTF-16 without a BOM shows as zero bytes at every other position for CJK-free stretches. */
    private static Charset utf16ByZeros(byte[] bytes) {
        int n = Math.min(bytes.length, 8192) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                evenZeros++;
            }
            if (bytes[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = n / 2;
        if (oddZeros > pairs / 5 && evenZeros < pairs / 50) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros > pairs / 5 && oddZeros < pairs / 50) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Binary data decodes to many control characters; text has almost none. */
    static boolean looksLikeText(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F) {
                controls++;
            }
        }
        return controls <= text.length() / 200;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
