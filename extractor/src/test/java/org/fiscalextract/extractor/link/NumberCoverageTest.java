package org.fiscalextract.extractor.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.fiscalextract.extractor.recognize.Claim;
import org.fiscalextract.extractor.recognize.QuantityRecognizer;
import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.fact.Fact;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Recall, checked from the other side: every number written in digits in a seed is either in a
 * fact, or claimed as not a quantity (a year, a code, a document number), or listed with the
 * reason it is left out in {@code corpus/expected/uncounted/<seed>.tsv}. A number the tool
 * silently misses fails this test.
 */
class NumberCoverageTest {
    private static final Path UNCOUNTED = GoldenFactsTest.CORPUS.resolve("expected/uncounted");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final QuantityRecognizer RECOGNIZER = QuantityRecognizer.standard();

    @TestFactory
    Stream<DynamicTest> everyNumberIsAFactAClaimOrListed() throws IOException {
        return GoldenFactsTest.seeds().stream().map(seed -> DynamicTest.dynamicTest(seed.getFileName().toString(), () -> {
            ParsedDocument doc = GoldenFactsTest.READER.read(seed, "test").document().orElseThrow();
            List<String> uncounted = uncounted(doc, GoldenFactsTest.EXTRACTOR.extract(doc));
            Path listed = UNCOUNTED.resolve(seed.getFileName().toString().replace(".docx", ".tsv"));
            if (Boolean.getBoolean("golden.update")) {
                rewrite(listed, uncounted);
            }
            assertEquals(String.join("\n", numbersIn(listed)), String.join("\n", uncounted),
                    () -> "numbers neither extracted nor claimed in " + seed.getFileName() + ": compare with " + listed);
        }));
    }

    /** {@code location<TAB>number} for each number outside every fact and claim, in text order. */
    private static List<String> uncounted(ParsedDocument doc, List<Fact> facts) {
        BitSet covered = new BitSet();
        for (Fact f : facts) {
            covered.set(f.start(), f.end());
        }
        List<String> out = new ArrayList<>();
        for (Block block : doc.blocks()) {
            for (Claim c : RECOGNIZER.claims(block.text())) {
                covered.set(block.start() + c.start(), block.start() + c.end());
            }
            Matcher m = NUMBER.matcher(block.text());
            while (m.find()) {
                int start = block.start() + m.start();
                int next = covered.nextSetBit(start);
                if (next < 0 || next >= block.start() + m.end()) {
                    out.add(block.location().label() + "\t" + m.group());
                }
            }
        }
        return out;
    }

    /** The listed numbers without their reasons (the third column). */
    private static List<String> numbersIn(Path listed) throws IOException {
        if (!Files.exists(listed)) {
            return List.of();
        }
        return Files.readAllLines(listed, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> {
                    String[] f = l.split("\t", -1);
                    return f[0] + "\t" + f[1];
                })
                .toList();
    }

    /** Keeps the reasons already written for numbers still uncounted; new ones get a reason to fill in. */
    private static void rewrite(Path listed, List<String> uncounted) throws IOException {
        List<String> old = Files.exists(listed) ? Files.readAllLines(listed, StandardCharsets.UTF_8) : List.of();
        List<String> lines = new ArrayList<>();
        lines.add("# location<TAB>number<TAB>why it is not a fact (numbers in digits that are neither extracted nor claimed)");
        for (String u : uncounted) {
            String reason = old.stream().filter(l -> l.startsWith(u + "\t")).map(l -> l.substring(u.length() + 1))
                    .findFirst().orElse("TODO: say why");
            lines.add(u + "\t" + reason);
        }
        Files.createDirectories(listed.getParent());
        Files.write(listed, lines, StandardCharsets.UTF_8);
    }
}
