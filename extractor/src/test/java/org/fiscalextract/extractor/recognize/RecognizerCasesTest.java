package org.fiscalextract.extractor.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The table-driven cases of every dimension ({@code cases/recognize/*.tsv}), run through the
 * whole recognizer so that dimensions are tested against each other's overlaps too.
 *
 * <p>Each line is {@code input<TAB>expected}. Expected is {@code -} (nothing may be found) or the
 * mentions in text order, separated by {@code  ; }, each {@code text => kind value unit [qualifier]}
 * (qualifier defaults to exact), e.g. {@code 1302.76万元 => amount 13027600 yuan}.
 */
class RecognizerCasesTest {
    static final Path CASES = Path.of("src/test/resources/cases/recognize");
    private static final QuantityRecognizer RECOGNIZER = QuantityRecognizer.standard();

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.isBlank() || line.startsWith("#") || line.startsWith("input\t")) {
                        continue;
                    }
                    String where = file.getFileName() + ":" + (i + 1);
                    String[] f = line.split("\t", -1);
                    if (f.length < 2) {
                        throw new IllegalStateException(where + ": expected input<TAB>expected");
                    }
                    tests.add(DynamicTest.dynamicTest(where + " " + f[0], () -> check(where, f[0], f[1].trim())));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertFalse(tests.isEmpty(), "no cases under " + CASES);
        return tests.stream();
    }

    private static void check(String where, String input, String expected) {
        List<Mention> mentions = RECOGNIZER.recognize(input);
        for (Mention m : mentions) {
            assertFalse(m.start() < 0 || m.end() > input.length(), where + ": offsets out of bounds " + m);
        }
        String actual = mentions.stream().map(m -> describe(input, m)).collect(Collectors.joining(" ; "));
        assertEquals(expected.equals("-") ? "" : expected, actual, where);
    }

    /** A mention as the case files write it. */
    static String describe(String input, Mention m) {
        String qualifier = m.qualifier().label();
        return input.substring(m.start(), m.end()) + " => " + m.quantity().kind() + " "
                + m.quantity().valueLabel() + " " + m.quantity().unitLabel()
                + (qualifier.equals("exact") ? "" : " " + qualifier);
    }
}
