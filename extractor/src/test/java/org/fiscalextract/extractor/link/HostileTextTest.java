package org.fiscalextract.extractor.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import org.fiscalextract.model.document.Block;
import org.fiscalextract.model.document.BlockKind;
import org.fiscalextract.model.document.DocumentMetadata;
import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.SourceFormat;
import org.fiscalextract.model.document.SourceMap;
import org.fiscalextract.model.fact.Fact;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random and hostile text through the whole fact extraction (recognizers, labels, subjects,
 * tables): no exception, every fact's offsets in bounds and its text where it says, and time
 * that grows with the input, not faster.
 */
class HostileTextTest {
    private static final String RANDOM_POOL = "0123456789.%,万元分项个优良中差（）“”：；，。\n";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"amounts", "magnitudes", "brackets", "quotes", "surrogates", "random", "cells"})
    void anyTextGivesSoundFactsInLinearTime(String kind) throws IOException {
        IntFunction<String> text = generator(kind);
        long small = timeAndCheck(text.apply(50_000));
        long large = timeAndCheck(text.apply(100_000));
        // twice the text may take twice the time; allow a wide margin for a shared machine and JIT
        assertTrue(large < Math.max(5 * small, 2_000_000_000L), kind + ": " + small / 1_000_000 + " ms for 50k chars, "
                + large / 1_000_000 + " ms for 100k");
    }

    private long timeAndCheck(String text) throws IOException {
        ParsedDocument doc = text.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? paragraphs(text) : read(text);
        // the fastest of three runs: the least disturbed by JIT, GC and the other tenants of the machine
        long elapsed = Long.MAX_VALUE;
        List<Fact> facts = List.of();
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            facts = GoldenFactsTest.EXTRACTOR.extract(doc);
            elapsed = Math.min(elapsed, System.nanoTime() - start);
        }
        for (Fact f : facts) {
            assertTrue(f.start() >= 0 && f.end() <= doc.text().length(), () -> "out of bounds: " + f);
            assertEquals(doc.text().substring(f.start(), f.end()), f.text());
        }
        return elapsed;
    }

    /** Through the reader, so tables (the "cells" text) become tables. */
    private ParsedDocument read(String text) throws IOException {
        Path file = tmp.resolve("hostile-" + text.length() + ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return GoldenFactsTest.READER.read(file, "hostile").document().orElseThrow();
    }

    /** Text no file can hold (unpaired surrogates): one paragraph a line, built directly. */
    private static ParsedDocument paragraphs(String text) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                blocks.add(new Block(blocks.size(), BlockKind.PARAGRAPH, start, start + line.length(), line,
                        new Location.Paragraph(0, blocks.size() + 1)));
            }
            start += line.length() + 1;
        }
        String canonical = text.endsWith("\n") ? text : text + "\n";
        return new ParsedDocument("hostile", SourceFormat.TXT, DocumentMetadata.NONE, canonical, blocks, List.of(),
                List.of(), SourceMap.identity(canonical), List.of());
    }

    private static IntFunction<String> generator(String kind) {
        return n -> {
            StringBuilder s = new StringBuilder(n + 64);
            Random random = new Random(n);
            while (s.length() < n) {
                switch (kind) {
                    case "amounts" -> s.append("项目预算资金总额为").append(random.nextInt(100000)).append(".76万元，占")
                            .append(random.nextInt(100)).append("%；");
                    case "magnitudes" -> s.append("万万万亿亿十百千1,1,1,").append(random.nextInt(10));
                    case "brackets" -> s.append("（（“（预算").append(random.nextInt(1000)).append("万元（");
                    case "quotes" -> s.append("“").append(random.nextInt(9)).append("个项目评价为“优");
                    case "surrogates" -> s.append('\ud800').append("得分").append(random.nextInt(100)).append('\udc00')
                            .append("分\ud83d");
                    case "random" -> s.appendCodePoint(random.nextBoolean() ? 0x4e00 + random.nextInt(0x5000)
                            : RANDOM_POOL.codePointAt(random.nextInt(RANDOM_POOL.length())));
                    case "cells" -> s.append(" \t单位：万元\n\n\t总额\n\t").append(random.nextInt(1000))
                            .append(".00\n\t得分\n\n");
                    default -> throw new IllegalArgumentException(kind);
                }
                if (s.length() % 2000 < 40) {
                    s.append('\n');
                }
            }
            return s.toString();
        };
    }
}
