package org.fiscalextract.extractor.normalize;

/**
 * Rules 1–4 within one line of one raw text: Word residue and control characters removed,
 * white space collapsed and dropped next to CJK, full-width digits and letters folded.
 * One instance per {@link TextNormalizer#normalize} call; not thread-safe.
 *
 * <p>A single pass over the chars, one table read each; residue patterns run only at the
 * few characters a residue can start with.
 */
final class LineNormalizer {

    private final CharTable table;
    private final char[] raw;
    private final WordResidue.Scan residue;
    private boolean indented;

    LineNormalizer(CharTable table, WordResidue residue, String raw) {
        this.table = table;
        this.raw = raw.toCharArray();
        this.residue = residue.scan(raw);
    }

    int rawLength() {
        return raw.length;
    }

    char rawAt(int i) {
        return raw[i];
    }

    /** Whether the last line normalized started with white space (before its first content). */
    boolean indented() {
        return indented;
    }

    /**
     * Normalizes the raw line starting at {@code from} into {@code out} (cleared first) and
     * returns where it ends: the index of the line break, or the raw length.
     */
    int line(int from, MappedTextBuilder out) {
        out.clear();
        indented = false;
        final char[] raw = this.raw;
        final int n = raw.length;
        int spaceStart = -1;
        int spaceEnd = -1;
        int i = from;
        while (i < n) {
            char c = raw[i];
            int f = table.flags(c);
            if ((f & (CharTable.KIND | CharTable.FOLDS | CharTable.TRIGGER)) == 0 && spaceStart < 0) {
                out.append(c, i, i + 1);
                i++;
                continue;
            }
            switch (f & CharTable.KIND) {
                case CharTable.BREAK:
                    return i;
                case CharTable.SPACE:
                    if (out.isEmpty()) {
                        indented = true;
                    } else {
                        if (spaceStart < 0) {
                            spaceStart = i;
                        }
                        spaceEnd = i + 1;
                    }
                    i++;
                    continue;
                case CharTable.REMOVE:
                    i++;
                    continue;
                default:
                    break;
            }
            if ((f & CharTable.TRIGGER) != 0) {
                int end = residueEnd(i);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            char o = (f & CharTable.FOLDS) != 0 && !enumeratorStop(c, i) ? table.fold(c) : c;
            if (spaceStart >= 0) {
                if (keepsSpace(out, o, i)) {
                    out.append(' ', spaceStart, spaceEnd);
                }
                spaceStart = -1;
            }
            out.append(o, i, i + 1);
            i++;
        }
        return n;
    }

    /**
     * A full-width stop after a half-width digit is an enumerator ({@code 4．2026年…}), not a
     * decimal point: folding it would make {@code 4.2026}. After a full-width digit
     * ({@code １２．５}) it is a decimal point and folds.
     */
    private boolean enumeratorStop(char c, int at) {
        return c == '\uFF0E' && (at == 0 || raw[at - 1] < '\uFF10' || raw[at - 1] > '\uFF19');
    }

    /** The end of the Word residue at {@code at}, or {@code at}; a residue never spans a break. */
    private int residueEnd(int at) {
        int end = residue.endOf(at);
        for (int j = at; j < end; j++) {
            if ((table.flags(raw[j]) & CharTable.KIND) == CharTable.BREAK) {
                return at;
            }
        }
        return end;
    }

    /**
     * Whether a space between the last char of {@code out} and {@code next} (folded, at raw
     * index {@code at}) stays: not when either side is CJK, not between a digit and % or ‰.
     */
    private boolean keepsSpace(MappedTextBuilder out, char next, int at) {
        char previous = out.charAt(out.length() - 1);
        if (table.isCjk(out.lastCodePoint()) || isCjkAt(next, at)) {
            return false;
        }
        return !(previous >= '0' && previous <= '9' && (next == '%' || next == '‰'));
    }

    private boolean isCjkAt(char c, int at) {
        if (Character.isHighSurrogate(c) && at + 1 < raw.length && Character.isLowSurrogate(raw[at + 1])) {
            return table.isCjk(Character.toCodePoint(c, raw[at + 1]));
        }
        return table.isCjk(c);
    }
}
