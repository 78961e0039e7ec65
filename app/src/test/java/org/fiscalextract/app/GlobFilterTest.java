package org.fiscalextract.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobFilterTest {
    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "*.pdf|report.pdf|true",
        "*.pdf|2024/四川省/report.PDF|true",
        "*.pdf|report.pdf.txt|false",
        "**/*.pdf|report.pdf|true",
        "**/*.pdf|a/b/report.pdf|true",
        "2024/*.pdf|2024/report.pdf|true",
        "2024/*.pdf|2024/sub/report.pdf|false",
        "2024/**|2024/sub/report.pdf|true",
        "2024/**|2023/report.pdf|false",
        "四川省/**|四川省/攀枝花市/东区.docx|true",
        "*.{doc,docx}|a/b.DOCX|true",
        "./2024/*.pdf|2024/r.pdf|true",
        "~$*|a/~$temp.docx|true"})
    void includeMatches(String glob, String path, boolean expected) {
        GlobFilter filter = new GlobFilter(List.of(glob), List.of());
        assertEquals(expected, filter.acceptsFile(Arrays.asList(path.split("/"))));
    }

    @ParameterizedTest(name = "exclude {0}: folder {1} entered = {2}")
    @CsvSource(delimiter = '|', value = {
        "old|2024/old|false",
        "old|2024/older|true",
        "2024/old|2024/old|false",
        "*.pdf|2024|true"})
    void excludePrunesFolders(String glob, String folder, boolean entered) {
        GlobFilter filter = new GlobFilter(List.of(), List.of(glob));
        assertEquals(entered, filter.entersFolder(Arrays.asList(folder.split("/"))));
    }

    @ParameterizedTest
    @CsvSource({"a.txt,true", "a.pdf,false", "b.txt,false"})
    void excludeWinsOverInclude(String name, boolean expected) {
        GlobFilter filter = new GlobFilter(List.of("*.txt"), List.of("b.*"));
        assertEquals(expected, filter.acceptsFile(List.of(name)));
    }

    @ParameterizedTest
    @CsvSource({"'[a-'", "'{a,b'", "''"})
    void badGlobsAreRejectedWithTheirText(String glob) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GlobFilter(List.of(glob), List.of()));
        assertEquals(true, e.getMessage().contains(glob), e.getMessage());
    }
}
