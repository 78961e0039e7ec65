package org.fiscalextract.extractor.normalize;

import org.fiscalextract.extractor.data.DataFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * When a line of PDF text starts a new paragraph rather than continuing the previous one
 * ({@link LineBreaks#PARAGRAPHS}), from {@code paragraph-breaks.tsv} and
 * {@code paragraph-starts.txt}: the previous line ends a sentence (。！？) and the next is
 * indented or enumerated, or the previous line ends a lead-in (；：) and the next is
 * enumerated. Blank lines are handled by the caller.
 */
final class ParagraphRules {

    private final String finals;
    private final String leadIns;
    private final String closers;
    private final Pattern enumerator;

    private ParagraphRules(String finals, String leadIns, String closers, Pattern enumerator) {
        this.finals = finals;
        this.leadIns = leadIns;
        this.closers = closers;
        this.enumerator = enumerator;
    }

    static ParagraphRules load() {
        String finals = null;
        String leadIns = null;
        String closers = null;
        DataFile breaks = DataFile.table(ParagraphRules.class, "paragraph-breaks.tsv");
        for (DataFile.Line line : breaks.lines()) {
            String[] f = line.fields(2);
            switch (f[0]) {
                case "final" -> finals = f[1];
                case "lead-in" -> leadIns = f[1];
                case "closer" -> closers = f[1];
                default -> throw line.error("unknown role " + f[0]);
            }
        }
        if (finals == null || leadIns == null || closers == null) {
            throw new IllegalStateException("paragraph-breaks.tsv needs final, lead-in and closer lines");
        }
        DataFile starts = DataFile.table(ParagraphRules.class, "paragraph-starts.txt");
        List<String> alternatives = new ArrayList<>();
        for (DataFile.Line line : starts.lines()) {
            try {
                Pattern.compile(line.text());
            } catch (PatternSyntaxException e) {
                throw line.error("bad pattern (" + e.getDescription() + ")");
            }
            alternatives.add("(?:" + line.text() + ")");
        }
        return new ParagraphRules(finals, leadIns, closers, Pattern.compile(String.join("|", alternatives)));
    }

    /**
     * Whether {@code next} (a non-empty normalized line, {@code indented} if its raw text
     * started with white space) opens a new paragraph after {@code previous} (non-empty).
     */
    boolean startsParagraph(MappedTextBuilder previous, MappedTextBuilder next, boolean indented) {
        int i = previous.length() - 1;
        while (i > 0 && closers.indexOf(previous.charAt(i)) >= 0) {
            i--;
        }
        char last = previous.charAt(i);
        if (finals.indexOf(last) >= 0) {
            return indented || isEnumerated(next);
        }
        return leadIns.indexOf(last) >= 0 && isEnumerated(next);
    }

    /** Whether a normalized line starts with an enumerator: 一、 （一） 1. 1、 （1） ① 第一部分 … */
    boolean isEnumerated(CharSequence line) {
        Matcher m = enumerator.matcher(line);
        return m.lookingAt();
    }

    private boolean isEnumerated(MappedTextBuilder line) {
        return isEnumerated(line.view());
    }
}
