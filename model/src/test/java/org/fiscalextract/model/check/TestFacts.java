package org.fiscalextract.model.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fiscalextract.model.document.Location;
import org.fiscalextract.model.fact.Fact;
import org.fiscalextract.model.fact.GradeLevel;
import org.fiscalextract.model.fact.MoneyUnit;
import org.fiscalextract.model.fact.Qualifier;
import org.fiscalextract.model.fact.Quantity;

/**
 * Facts for check tests, built the way the extractor states them: {@code wan("1302.76")} is the
 * fact {@code 1302.76万元}, its value kept as written. Ids (f1, f2, …) and offsets follow the order
 * facts are built in, so document order is build order; set them explicitly where a test needs to.
 */
final class TestFacts {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Pattern CELL = Pattern.compile("t(\\d+)r(\\d+)c(\\d+)");

    private TestFacts() {
    }

    static Builder wan(String value) {
        return new Builder(new Quantity.Amount(new BigDecimal(value), MoneyUnit.WAN), value + "万元");
    }

    static Builder yuan(String value) {
        return new Builder(new Quantity.Amount(new BigDecimal(value), MoneyUnit.YUAN), value + "元");
    }

    static Builder yi(String value) {
        return new Builder(new Quantity.Amount(new BigDecimal(value), MoneyUnit.YI), value + "亿元");
    }

    static Builder rate(String value) {
        return new Builder(new Quantity.Rate(new BigDecimal(value), false), value + "%");
    }

    static Builder percentagePoints(String value) {
        return new Builder(new Quantity.Rate(new BigDecimal(value), true), value + "个百分点");
    }

    static Builder score(String value) {
        return new Builder(new Quantity.Score(new BigDecimal(value)), value + "分");
    }

    /** A score as a table cell states it: the bare number. */
    static Builder cellScore(String value) {
        return new Builder(new Quantity.Score(new BigDecimal(value)), value);
    }

    static Builder grade(String label) {
        for (GradeLevel level : GradeLevel.values()) {
            if (level.label().equals(label)) {
                return new Builder(new Quantity.Grade(level), label);
            }
        }
        throw new IllegalArgumentException("not a grade: " + label);
    }

    /** A count as written, e.g. {@code count("8", "8个项目")}. */
    static Builder count(String value, String text) {
        return new Builder(new Quantity.Count(new BigDecimal(value), "项目"), text);
    }

    static Location location(String label) {
        if (label.startsWith("p")) {
            return new Location.Paragraph(0, Integer.parseInt(label.substring(1)));
        }
        Matcher m = CELL.matcher(label);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a location: " + label);
        }
        return new Location.Cell(0, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) - 1,
                Integer.parseInt(m.group(3)) - 1);
    }

    static Figures figures(List<Fact> facts, List<Relation> relations) {
        return new Figures(facts, relations, List.of(), "", "2024");
    }

    static Figures figures(Relation... relations) {
        return new Figures(List.of(), List.of(relations), List.of(), "", "2024");
    }

    static Optional<Finding> only(List<Finding> findings) {
        if (findings.size() > 1) {
            throw new AssertionError("more than one finding: " + findings);
        }
        return findings.stream().findFirst();
    }

    static final class Builder {
        private final Quantity quantity;
        private final String text;
        private String id;
        private int start = -1;
        private Qualifier qualifier = Qualifier.EXACT;
        private String location = "p1";
        private String label = "";
        private String canonical = "";
        private String subject = "";
        private String context;

        private Builder(Quantity quantity, String text) {
            this.quantity = quantity;
            this.text = text;
        }

        Builder id(String id) {
            this.id = id;
            return this;
        }

        Builder start(int start) {
            this.start = start;
            return this;
        }

        Builder label(String label) {
            this.label = label;
            return this;
        }

        Builder canonical(String canonical) {
            this.canonical = canonical;
            return this;
        }

        Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        Builder at(String location) {
            this.location = location;
            return this;
        }

        Builder qualifier(Qualifier qualifier) {
            this.qualifier = qualifier;
            return this;
        }

        Builder increase() {
            return qualifier(Qualifier.INCREASE);
        }

        Builder decrease() {
            return qualifier(Qualifier.DECREASE);
        }

        /** The sentence the fact stands in; it must contain the fact's text. */
        Builder context(String context) {
            if (!context.contains(text)) {
                throw new IllegalArgumentException("'" + context + "' does not contain '" + text + "'");
            }
            this.context = context;
            return this;
        }

        Fact build() {
            int n = NEXT.incrementAndGet();
            String factId = id != null ? id : "f" + n;
            int at = start >= 0 ? start : n * 10;
            String sentence = context != null ? context : label + text + "。";
            return new Fact(factId, quantity, qualifier, at, at + text.length(), text, location(location), "test",
                    label, canonical, subject, sentence);
        }
    }
}
