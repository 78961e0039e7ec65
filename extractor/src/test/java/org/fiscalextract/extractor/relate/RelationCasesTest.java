package org.fiscalextract.extractor.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fiscalextract.model.check.Relation;
import org.fiscalextract.model.document.ParsedDocument;
import org.fiscalextract.model.document.TableInventory;
import org.fiscalextract.model.fact.Fact;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which facts a text relates ({@code cases/relations.tsv}): input (one paragraph a line, {@code \n}
 * between them) and the relations expected, each written as the facts' texts, e.g.
 * {@code breakdown 1302.76万元 = 10.53万元 + 1292.23万元}, joined by {@code  ; } ({@code -} for none).
 */
class RelationCasesTest {
    private static final Path CASES = Path.of("src/test/resources/cases/relations.tsv");

    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        List<String> lines = Files.readAllLines(CASES, StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("input\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = "relations.tsv:" + (i + 1);
            tests.add(DynamicTest.dynamicTest(where + " " + f[0], () -> {
                String actual = describe(relations(f[0].replace("\\n", "\n")));
                assertEquals(f[1].equals("-") ? "" : f[1], actual, where);
            }));
        }
        return tests.stream();
    }

    private static List<Relation> relations(String text) throws IOException {
        Path file = Files.createTempFile(tmp, "case", ".txt");
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        ParsedDocument doc = Relate.read(file);
        return Relate.find(doc).relations();
    }

    static String describe(List<Relation> relations) {
        return relations.stream().map(RelationCasesTest::describe).collect(Collectors.joining(" ; "));
    }

    private static String describe(Relation r) {
        if (r instanceof Relation.Breakdown b) {
            return "breakdown " + b.total().text() + " = " + texts(b.parts()) + (b.exhaustive() ? "" : " (some)");
        } else if (r instanceof Relation.CountParts c) {
            return "count " + c.total().text() + " = " + texts(c.parts()) + (c.exhaustive() ? "" : " (some)");
        } else if (r instanceof Relation.Ratio q) {
            return "ratio " + q.rate().text() + " = " + q.numerator().text() + " / " + q.denominator().text();
        } else if (r instanceof Relation.Shares s) {
            return "shares " + texts(s.shares()) + (s.exhaustive() ? "" : " (some)");
        } else if (r instanceof Relation.Change c) {
            return "change " + c.current().text() + " by " + c.change().map(Fact::text).orElse("?") + " "
                    + c.rate().map(Fact::text).orElse("?");
        } else if (r instanceof Relation.GradedScore g) {
            return "graded " + g.score().text() + " " + g.grade().text();
        } else if (r instanceof Relation.ListedItems l) {
            return "listed " + l.count().text() + " of " + l.items().size();
        } else if (r instanceof Relation.RateWording w) {
            return "wording " + w.rate().text() + " " + w.comparison().name().toLowerCase(java.util.Locale.ROOT)
                    + " " + w.words();
        } else if (r instanceof Relation.WholeCounts w) {
            return "whole " + w.counted() + " " + texts(w.counts());
        } else if (r instanceof Relation.Unspent u) {
            return "unspent " + u.rate().text() + " of " + u.budget().text() + ": " + u.parts().stream()
                    .map(p -> p.budget().text() + p.spent().map(s -> " - " + s.text()).orElse(" unpaid"))
                    .collect(Collectors.joining(" + "));
        } else if (r instanceof Relation.TableSet t) {
            return "tables " + t.inventory().names(TableInventory.Status.PRESENT);
        } else if (r instanceof Relation.ProseAndTable p) {
            return "prose-table " + p.prose().text() + " = " + p.cell().text();
        }
        throw new IllegalStateException(r.toString());
    }

    private static String texts(List<Fact> facts) {
        return facts.stream().map(Fact::text).collect(Collectors.joining(" + "));
    }
}
