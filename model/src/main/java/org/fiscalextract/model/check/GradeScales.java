package org.fiscalextract.model.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The grade scales in force by province and fiscal year, read from a tab-separated table
 * ({@code grade-scales.tsv}: province, years, lowest score of 优, of 良, of 中, source). A row names
 * a province as GB/T 2260 does (四川省, 重庆市; 四川 matches too) or {@code *} for any, and years as
 * {@code 2024}, {@code 2020-2024}, {@code 2021-} or {@code *}. The most specific row that applies
 * wins: a named province before {@code *}, then the narrower years; when none applies,
 * {@link GradeScale#DEFAULT}.
 */
public final class GradeScales {
    private static final String RESOURCE = "grade-scales.tsv";
    private static final int OPEN = Integer.MAX_VALUE;

    private final List<Row> rows;

    private GradeScales(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The scales this project ships ({@code grade-scales.tsv} next to this class), read once. */
    public static GradeScales standard() {
        return Shipped.SCALES;
    }

    /** Scales from the text of a table in the same format, e.g. a user's own. */
    public static GradeScales parse(String table, String name) {
        try {
            return parse(DataLines.parse(new BufferedReader(new StringReader(table))), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GradeScales parse(List<String> lines, String name) {
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String[] cells = line.split("\t", -1);
            if (cells.length < 5) {
                throw new IllegalArgumentException(name + ": row " + n + " has " + cells.length
                        + " columns, not province, years, 优, 良, 中[, source]: " + line);
            }
            try {
                String province = cells[0].strip();
                String source = cells.length > 5 ? cells[5].strip() : "";
                String scaleName = province.equals("*") ? "the default scale" : "the " + province + " scale";
                GradeScale scale = new GradeScale(scaleName, new BigDecimal(cells[2].strip()),
                        new BigDecimal(cells[3].strip()), new BigDecimal(cells[4].strip()), source);
                int[] years = years(cells[1].strip());
                rows.add(new Row(province, years[0], years[1], scale));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": row " + n + ": " + e.getMessage(), e);
            }
        }
        return new GradeScales(rows);
    }

    /** The scale for a document of {@code province} and {@code fiscalYear} (either may be empty). */
    public GradeScale forDocument(String province, String fiscalYear) {
        Optional<Integer> year = fiscalYear.matches("[0-9]{4}") ? Optional.of(Integer.parseInt(fiscalYear))
                : Optional.empty();
        return rows.stream()
                .filter(r -> r.province.equals("*") || sameProvince(r.province, province))
                .filter(r -> r.anyYear() || year.map(r::covers).orElse(false))
                .min(Comparator.comparing((Row r) -> r.province.equals("*")).thenComparingLong(Row::span))
                .map(Row::scale)
                .orElse(GradeScale.DEFAULT);
    }

    private static int[] years(String text) {
        if (text.equals("*")) {
            return new int[] {0, OPEN};
        }
        if (text.matches("[0-9]{4}")) {
            int y = Integer.parseInt(text);
            return new int[] {y, y};
        }
        if (text.matches("[0-9]{4}-([0-9]{4})?")) {
            int from = Integer.parseInt(text.substring(0, 4));
            int to = text.length() > 5 ? Integer.parseInt(text.substring(5)) : OPEN;
            if (to < from) {
                throw new IllegalArgumentException("years run backwards: " + text);
            }
            return new int[] {from, to};
        }
        throw new IllegalArgumentException("years are 2024, 2020-2024, 2021- or *: " + text);
    }

    private static boolean sameProvince(String a, String b) {
        return !b.isEmpty() && (a.equals(b) || shortName(a).equals(shortName(b)));
    }

    /** 四川省 → 四川, 广西壮族自治区 → 广西, 重庆市 → 重庆. */
    private static String shortName(String province) {
        for (String suffix : List.of("壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市")) {
            if (province.endsWith(suffix) && province.length() > suffix.length()) {
                return province.substring(0, province.length() - suffix.length());
            }
        }
        return province;
    }

    /** Read on first use. */
    private static final class Shipped {
        static final GradeScales SCALES = parse(DataLines.read(RESOURCE), RESOURCE);
    }

    private record Row(String province, int from, int to, GradeScale scale) {
        boolean anyYear() {
            return from == 0 && to == OPEN;
        }

        boolean covers(int year) {
            return year >= from && year <= to;
        }

        long span() {
            return (long) to - from;
        }
    }
}
