package org.fiscalextract.extractor.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Normalizes the raw text of one block (paragraph, heading, table cell, chunk of PDF text)
 * before recognizers look at it, keeping for every output char the raw stretch it came from.
 *
 * <p>Within each line ({@link LineNormalizer}): Word residue ({@code word-residue.txt}) and
 * control/zero-width characters are removed; white space ({@code char-classes.tsv}) collapses
 * to one space, which is dropped at the ends of a line, next to a CJK character and between a
 * digit and % or ‰; full-width digits, Latin letters and {@code ％＋－．／＝＜＞} are folded to
 * ASCII ({@code halfwidth.tsv}). Lines are then joined or split as {@link LineBreaks} says.
 * Where lines are joined, the break becomes nothing when either side is CJK or the break
 * splits a number ({@code 12.|22%}, {@code 1,302.|76}, {@code 1302|.76}, {@code 47|%}), and
 * one space otherwise ({@code Apache|Tika}); that space maps to the break(s) it replaced.
 *
 * <p>Loads its data files once; immutable and thread-safe.
 */
public final class TextNormalizer {

    private final CharTable table;
    private final WordResidue residue;
    /** A line under this many tenths of the full width is short: it ends a paragraph. */
    private static final int SHORT_LINE_TENTHS = 9;
    private static final int SHORT_PAGE_END_TENTHS = 6;
    /** Which line width, in percent of lines from the narrowest, counts as a full line. */
    private static final int FULL_LINE_PERCENTILE = 80;
    private static final int MIN_LINES_FOR_WIDTH = 3;

    private final ParagraphRules paragraphs;

    public TextNormalizer() {
        this.residue = WordResidue.load();
        this.table = CharTable.load(residue.triggers());
        this.paragraphs = ParagraphRules.load();
    }

    /**
     * The normalized segments of {@code raw}: exactly one (possibly empty) for
     * {@link LineBreaks#JOIN}; one per paragraph or per non-blank line, none of them empty,
     * for {@link LineBreaks#PARAGRAPHS} and {@link LineBreaks#EACH_LINE}. Offsets in every
     * segment point into {@code raw}.
     */
    public List<NormalizedText> normalize(String raw, LineBreaks lineBreaks) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(lineBreaks, "lineBreaks");
        LineNormalizer lines = new LineNormalizer(table, residue, raw);
        int n = lines.rawLength();
        MappedTextBuilder line = new MappedTextBuilder(Math.min(n, 256));
        MappedTextBuilder segment = new MappedTextBuilder(lineBreaks == LineBreaks.EACH_LINE ? 0 : Math.min(n, 4096));
        List<NormalizedText> segments = new ArrayList<>();
        // the breaks since the last non-empty line: what a join space stands for
        int breaksStart = -1;
        int breaksEnd = -1;
        boolean blankSince = false;
        int fullWidth = lineBreaks == LineBreaks.PARAGRAPHS ? fullLineWidth(lines, n) : 0;
        int previousWidth = 0;
        boolean pageEnd = false;
        int at = 0;
        while (true) {
            int end = lines.line(at, line);
            if (line.isEmpty()) {
                blankSince = true;
            } else {
                switch (lineBreaks) {
                    case EACH_LINE -> segments.add(line.build());
                    case JOIN -> join(segment, line, breaksStart, breaksEnd);
                    case PARAGRAPHS -> {
                        if (!segment.isEmpty() && (blankSince
                                || endsShort(previousWidth, fullWidth, pageEnd) && !splitsNumber(segment, line)
                                || paragraphs.startsParagraph(segment, line, lines.indented()))) {
                            segments.add(segment.build());
                            segment.clear();
                        }
                        join(segment, line, breaksStart, breaksEnd);
                        previousWidth = width(lines, at, end);
                        pageEnd = end < n && lines.rawAt(end) == '\f';
                    }
                }
                breaksStart = -1;
                blankSince = false;
            }
            if (end >= n) {
                break;
            }
            int next = lines.rawAt(end) == '\r' && end + 1 < n && lines.rawAt(end + 1) == '\n' ? end + 2 : end + 1;
            if (breaksStart < 0) {
                breaksStart = end;
            }
            breaksEnd = next;
            at = next;
        }
        if (lineBreaks == LineBreaks.JOIN || !segment.isEmpty()) {
            segments.add(segment.build());
        }
        return List.copyOf(segments);
    }

    /**
     * A PDF line that stops well short of the full line width ends its paragraph: titles,
     * headings and the last line of a paragraph. Only decided when there are lines enough to
     * know the full width.
     */
    private static boolean endsShort(int previousWidth, int fullWidth, boolean pageEnd) {
        // a page's last line may stop short only because the page ran out: judge it by a laxer bar
        int tenths = pageEnd ? SHORT_PAGE_END_TENTHS : SHORT_LINE_TENTHS;
        return fullWidth > 0 && previousWidth * 10 < fullWidth * tenths;
    }

    /**
     * The width of a full line: most lines of running text fill the line, so a high percentile of
     * the line widths (not the widest line: a title or a run of spaces can be wider than the
     * text block). 0 when there are too few lines to tell.
     */
    private int fullLineWidth(LineNormalizer lines, int n) {
        int[] widths = new int[16];
        int count = 0;
        int at = 0;
        while (at < n) {
            int end = at;
            while (end < n && lines.rawAt(end) != '\n' && lines.rawAt(end) != '\r') {
                end++;
            }
            int w = width(lines, at, end);
            if (w > 0) {
                if (count == widths.length) {
                    widths = java.util.Arrays.copyOf(widths, count * 2);
                }
                widths[count++] = w;
            }
            at = end + 1;
        }
        if (count < MIN_LINES_FOR_WIDTH) {
            return 0;
        }
        java.util.Arrays.sort(widths, 0, count);
        return widths[Math.min(count - 1, count * FULL_LINE_PERCENTILE / 100)];
    }

    /** Printed width of raw {@code [from, to)}, trailing blanks aside: CJK counts 2, anything else 1. */
    private int width(LineNormalizer lines, int from, int to) {
        while (to > from && Character.isWhitespace(lines.rawAt(to - 1))) {
            to--;
        }
        int w = 0;
        for (int i = from; i < to; i++) {
            w += table.isCjk(lines.rawAt(i)) ? 2 : 1;
        }
        return w;
    }

    /** Appends {@code line} to {@code segment}, with a space standing for the breaks {@code [breaksStart, breaksEnd)} where one is due. */
    private void join(MappedTextBuilder segment, MappedTextBuilder line, int breaksStart, int breaksEnd) {
        if (!segment.isEmpty() && joinsWithSpace(segment, line)) {
            segment.append(' ', breaksStart, breaksEnd);
        }
        segment.append(line);
    }

    /** Rule 5: nothing when either side is CJK or the break splits a number; otherwise one space. */
    private boolean joinsWithSpace(MappedTextBuilder left, MappedTextBuilder right) {
        if (table.isCjk(left.lastCodePoint()) || table.isCjk(right.firstCodePoint())) {
            return false;
        }
        return !splitsNumber(left, right);
    }

    /** {@code 12.|22%}, {@code 1,302.|76}, {@code 1,|302}, {@code 1302|.76}, {@code 47|%}, {@code 3|‰}. */
    private static boolean splitsNumber(MappedTextBuilder left, MappedTextBuilder right) {
        int ln = left.length();
        char l = left.charAt(ln - 1);
        char r = right.charAt(0);
        if (isDigit(l)) {
            return r == '%' || r == '‰' || (r == '.' && right.length() > 1 && isDigit(right.charAt(1)));
        }
        return (l == '.' || l == ',') && ln > 1 && isDigit(left.charAt(ln - 2)) && isDigit(r);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
