package org.fiscalextract.extractor.recognize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.fiscalextract.model.fact.GradeLevel;

/**
 * The grade wordings and the level each is normalized to ({@code grade-scale.tsv}), and the
 * lowest score of each level ({@code grade-bands.tsv}) for letter scales defined by score.
 */
final class GradeScale {
    private final Map<String, GradeLevel> wordings;
    private final NavigableMap<BigDecimal, GradeLevel> bands;

    private GradeScale(Map<String, GradeLevel> wordings, NavigableMap<BigDecimal, GradeLevel> bands) {
        this.wordings = Map.copyOf(wordings);
        this.bands = bands;
    }

    /**
     * @param ruleWordings the rules' alternation of grade wordings, which must list exactly the
     *                     wordings of the data file: a word in one and not the other is a data bug
     */
    static GradeScale load(Pattern ruleWordings) {
        Map<String, GradeLevel> wordings = new HashMap<>();
        for (String[] f : rows("grade-scale.tsv")) {
            if (wordings.put(f[0], levelLabelled(f[1])) != null) {
                throw new IllegalStateException("grade-scale.tsv: " + f[0] + " twice");
            }
        }
        Set<String> inRules = Set.of(ruleWordings.pattern().split("\\|"));
        if (!inRules.equals(wordings.keySet())) {
            throw new IllegalStateException("grade.rules {{grade_word}} " + inRules
                    + " and grade-scale.tsv " + wordings.keySet() + " differ");
        }
        NavigableMap<BigDecimal, GradeLevel> bands = new TreeMap<>();
        for (String[] f : rows("grade-bands.tsv")) {
            bands.put(new BigDecimal(f[0]), levelLabelled(f[1]));
        }
        return new GradeScale(wordings, bands);
    }

    /** The level of a wording, or null if it is none of the scale's. */
    GradeLevel level(String wording) {
        return wordings.get(wording);
    }

    /** The level whose band holds scores from {@code lowest} up (A级（90分以上）). */
    GradeLevel fromScore(BigDecimal lowest) {
        Map.Entry<BigDecimal, GradeLevel> band = bands.floorEntry(lowest);
        return band == null ? null : band.getValue();
    }

    /** The level whose band holds the scores just below {@code bound} (D（60分以下）). */
    GradeLevel belowScore(BigDecimal bound) {
        Map.Entry<BigDecimal, GradeLevel> band = bands.lowerEntry(bound);
        return band == null ? null : band.getValue();
    }

    private static GradeLevel levelLabelled(String label) {
        return Arrays.stream(GradeLevel.values()).filter(l -> l.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no grade level " + label));
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = GradeScale.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t")).peek(f -> {
                        if (f.length != 2) {
                            throw new IllegalStateException(resource + ": expected two fields: " + String.join("\t", f));
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
