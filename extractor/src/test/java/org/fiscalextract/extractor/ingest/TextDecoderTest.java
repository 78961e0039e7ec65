package org.fiscalextract.extractor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {
    private static final String REPORT = "2024年度财政下达我委项目预算资金总额为1302.76万元，预算执行率95.24%。\n其中：上级财政下达10.53万元。\n";

    @ParameterizedTest(name = "{0} bom={1}")
    @CsvSource({
            "UTF-8, false, UTF-8",
            "UTF-8, true, UTF-8",
            "GB18030, false, GB18030",
            "GBK, false, GB18030",
            "UTF-16LE, true, UTF-16LE",
            "UTF-16BE, true, UTF-16BE",
    })
    void readsTheEncodingsCountiesPublishIn(String written, boolean bom, String expected) {
        byte[] body = REPORT.getBytes(Charset.forName(written));
        byte[] bytes = bom ? concat(bomFor(written), body) : body;
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes).orElseThrow();
        assertEquals(REPORT, decoded.text());
        assertEquals(expected, decoded.charset().name());
        assertEquals(bom, decoded.bom());
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsZeroBytes() {
        String text = "Budget execution rate 95.24% (预算执行率)\nTotal 1302.76\n";
        TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE)).orElseThrow();
        assertEquals(text, decoded.text());
    }

    @Test
    void randomBytesAreNotText() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        assertTrue(TextDecoder.decode(bytes).isEmpty());
    }

    @Test
    void textWithNulBytesIsNotText() {
        byte[] bytes = "PK\u0003\u0004\u0000\u0000\u0000\u0000abc\u0000\u0000\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(TextDecoder.decode(bytes).isEmpty());
    }

    private static byte[] bomFor(String charset) {
        return switch (charset) {
            case "UTF-8" -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case "UTF-16LE" -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case "UTF-16BE" -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            default -> throw new IllegalArgumentException(charset);
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
