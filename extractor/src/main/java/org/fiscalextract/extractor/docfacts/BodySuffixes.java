package org.fiscalextract.extractor.docfacts;

import org.fiscalextract.extractor.data.DataFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The endings of public bodies' names and the self-references that point to them
 * (department-suffixes.tsv): 局 ← 我局/本局, 委员会/委 ← 我委, 办公室/办 ← 我办 ….
 */
final class BodySuffixes {
    private final List<String> suffixes;
    private final Map<String, List<String>> suffixesBySelfReference;

    BodySuffixes(DataFile file) {
        List<String> suffixes = new ArrayList<>();
        Map<String, List<String>> bySelf = new LinkedHashMap<>();
        for (DataFile.Line line : file.lines()) {
            String[] fields = line.fields(1);
            String suffix = fields[0].trim();
            suffixes.add(suffix);
            if (fields.length > 1) {
                for (String self : fields[1].split(",")) {
                    if (!self.isBlank()) {
                        bySelf.computeIfAbsent(self.trim(), k -> new ArrayList<>()).add(suffix);
                    }
                }
            }
        }
        suffixes.sort(Comparator.comparingInt(String::length).reversed());
        this.suffixes = List.copyOf(suffixes);
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        bySelf.forEach((k, v) -> frozen.put(k, List.copyOf(v.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList())));
        this.suffixesBySelfReference = java.util.Collections.unmodifiableMap(frozen);
    }

    /** True when {@code name} ends like a public body's name. */
    boolean isBodyName(String name) {
        for (String s : suffixes) {
            if (name.endsWith(s) && name.length() > s.length()) {
                return true;
            }
        }
        return false;
    }

    /** The self-reference words (我局, 本委 …) with the endings each points to. */
    Map<String, List<String>> selfReferences() {
        return suffixesBySelfReference;
    }
}
