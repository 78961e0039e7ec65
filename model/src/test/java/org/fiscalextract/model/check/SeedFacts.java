package org.fiscalextract.model.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.GradeLevel;
import org.fiscalextract.model.fact.MoneyUnit;
import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity;

/**
 * The facts the extractor read from the five seeds ({@code cases/check/seed-facts.tsv}), as
 * {@link Figures} without relations, one per seed. A number's stated form (1302.76 in 万元, 212.40
 * with its trailing zero) is read back from the fact's text.
 */
final class SeedFacts {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?");

    private SeedFacts() {
    }

    /** Seed number (000 … 004) → its figures. */
    static Map<String, Figures> load() {
        Map<String, List<Fact>> facts = new LinkedHashMap<>();
        Map<String, String[]> where = new LinkedHashMap<>();
        try (InputStream in = SeedFacts.class.getResourceAsStream("/cases/check/seed-facts.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t", -1);
                where.putIfAbsent(c[0], new String[] {c[1], c[2]});
                facts.computeIfAbsent(c[0], k -> new ArrayList<>()).add(fact(c));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Figures> figures = new LinkedHashMap<>();
        facts.forEach((seed, list) -> figures.put(seed,
                new Figures(list, List.of(), List.of(), where.get(seed)[0], where.get(seed)[1])));
        return figures;
    }

    // seed province fiscal_year fact_id kind label canonical subject value unit qualifier text start location context
    private static Fact fact(String[] c) {
        String text = c[11];
        int start = Integer.parseInt(c[12]);
        return new Fact(c[3], quantity(c[4], c[8], c[9], text), qualifier(c[10]), start, start + text.length(), text,
                TestFacts.location(c[13]), "seed", c[5], c[6], c[7], c[14]);
    }

    private static Quantity quantity(String kind, String value, String unit, String text) {
        switch (kind) {
            case "amount":
                return amount(new BigDecimal(value), text);
            case "rate":
                return new Quantity.Rate(stated(text), unit.equals("percentage_point"));
            case "score":
                return new Quantity.Score(stated(text));
            case "count":
                return new Quantity.Count(new BigDecimal(value), "");
            case "measure":
                return new Quantity.Measure(new BigDecimal(value), unit);
            default:
                for (GradeLevel level : GradeLevel.values()) {
                    if (level.label().equals(value)) {
                        return new Quantity.Grade(level);
                    }
                }
                throw new IllegalArgumentException("not a grade: " + value);
        }
    }

    private static Quantity.Amount amount(BigDecimal yuan, String text) {
        BigDecimal stated = stated(text);
        MoneyUnit unit;
        if (stated.signum() == 0) {
            unit = text.contains("亿") ? MoneyUnit.YI : text.endsWith("元") && !text.contains("万") ? MoneyUnit.YUAN
                    : MoneyUnit.WAN;
        } else {
            BigDecimal factor = yuan.divide(stated, 0, RoundingMode.UNNECESSARY);
            unit = null;
            for (MoneyUnit u : MoneyUnit.values()) {
                if (u.yuan().compareTo(factor) == 0) {
                    unit = u;
                }
            }
            if (unit == null) {
                throw new IllegalArgumentException("no money unit of " + factor + " for " + text);
            }
        }
        return new Quantity.Amount(stated, unit);
    }

    private static BigDecimal stated(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no number in " + text);
        }
        return new BigDecimal(m.group().replace(",", ""));
    }

    private static Qualifier qualifier(String label) {
        for (Qualifier q : Qualifier.values()) {
            if (q.label().equals(label)) {
                return q;
            }
        }
        throw new IllegalArgumentException("not a qualifier: " + label);
    }
}
