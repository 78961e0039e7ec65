package org.fiscalextract.extractor.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.fact.Fact;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rendition of a seed gives the same facts as its Word original — same values, units,
 * labels, canonical keys and subjects; only offsets and locations differ. Text renditions
 * keep tables without their merged cells, so for them only the prose facts are compared. PDFs,
 * their tables rebuilt from their rulings, are compared whole but for subjects: where a PDF's
 * paragraphs begin is inferred from line lengths, and a subject is looked for within its
 * paragraph.
 */
class RenditionFactsTest {
    private static final Set<String> WHOLE = Set.of("doc", "html", "rtf", "pdf");
    private static final Set<String> PROSE_ONLY = Set.of("txt");

    @TestFactory
    Stream<DynamicTest> renditionsGiveTheFactsOfTheOriginal() throws IOException {
        List<Path> originals = GoldenFactsTest.seeds();
        assertFalse(originals.isEmpty());
        return originals.stream().flatMap(original -> {
            String stem = original.getFileName().toString().replace(".docx", "");
            List<Fact> expected = GoldenFactsTest.facts(original);
            return renditions(stem)
                    .map(rendition -> DynamicTest.dynamicTest(rendition.getFileName().toString(), () -> {
                String kind = extension(rendition);
                Predicate<Fact> compared = PROSE_ONLY.contains(kind)
                        ? f -> f.location() instanceof Location.Paragraph : f -> true;
                List<Fact> actual = GoldenFactsTest.facts(rendition);
                boolean subjects = !kind.equals("pdf");
                assertEquals(comparable(expected, compared, subjects), comparable(actual, compared, subjects),
                        () -> rendition.getFileName() + " gives other facts than " + original.getFileName());
            }));
        });
    }

    private static Stream<Path> renditions(String stem) {
        try (Stream<Path> files = Files.list(GoldenFactsTest.CORPUS.resolve("reports"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(stem + "."))
                    .filter(p -> WHOLE.contains(extension(p)) || PROSE_ONLY.contains(extension(p)))
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String comparable(List<Fact> facts, Predicate<Fact> compared, boolean subjects) {
        return facts.stream().filter(compared)
                .map(f -> subjects ? FactTable.comparable(f) : FactTable.comparableWithoutSubject(f))
                .collect(Collectors.joining("\n"));
    }
}
