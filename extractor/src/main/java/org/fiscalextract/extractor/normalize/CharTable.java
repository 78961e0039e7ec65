package org.fiscalextract.extractor.normalize;

import org.fiscalextract.extractor.data.DataFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-UTF-16-unit lookup of what the normalizer does with a character, built once from
 * {@code char-classes.tsv} and {@code halfwidth.tsv}: one byte of flags and one folded char
 * for each of the 65536 code units, so the scan over the raw text costs one array read per
 * character.
 */
final class CharTable {

    /** Kind of a character, in the low two bits of its flags. */
    static final int CONTENT = 0;
    static final int SPACE = 1;
    static final int REMOVE = 2;
    static final int BREAK = 3;
    static final int KIND = 3;
    /** The character, as folded, is CJK. */
    static final int CJK = 4;
    /** The character is folded to a different one (full-width digit → ASCII digit). */
    static final int FOLDS = 8;
    /** Word residue may start here ({@link WordResidue}). */
    static final int TRIGGER = 16;

    private final byte[] flags;
    private final char[] fold;
    /** CJK ranges above U+FFFF, as start/end pairs. */
    private final int[] supplementaryCjk;

    private CharTable(byte[] flags, char[] fold, int[] supplementaryCjk) {
        this.flags = flags;
        this.fold = fold;
        this.supplementaryCjk = supplementaryCjk;
    }

    static CharTable load(String triggerChars) {
        byte[] kinds = new byte[0x10000];
        boolean[] cjk = new boolean[0x10000];
        List<int[]> supplementary = new ArrayList<>();
        DataFile classes = DataFile.table(CharTable.class, "char-classes.tsv");
        for (DataFile.Line line : classes.lines()) {
            String[] f = line.fields(2);
            int[] range = parseRange(classes, line, f[1], "-");
            switch (f[0]) {
                case "SPACE", "REMOVE", "BREAK" -> {
                    if (range[1] > 0xFFFF) {
                        throw line.error("only CJK may name code points above FFFF");
                    }
                    byte kind = (byte) switch (f[0]) {
                        case "SPACE" -> SPACE;
                        case "REMOVE" -> REMOVE;
                        default -> BREAK;
                    };
                    for (int c = range[0]; c <= range[1]; c++) {
                        kinds[c] = kind;
                    }
                }
                case "CJK" -> {
                    if (range[0] > 0xFFFF) {
                        supplementary.add(range);
                    } else if (range[1] > 0xFFFF) {
                        throw line.error("split CJK ranges at FFFF");
                    } else {
                        for (int c = range[0]; c <= range[1]; c++) {
                            cjk[c] = true;
                        }
                    }
                }
                default -> throw line.error("unknown class " + f[0]);
            }
        }

        char[] fold = new char[0x10000];
        for (int c = 0; c < fold.length; c++) {
            fold[c] = (char) c;
        }
        DataFile halfwidth = DataFile.table(CharTable.class, "halfwidth.tsv");
        for (DataFile.Line line : halfwidth.lines()) {
            String[] f = line.fields(2);
            int[] from = parseRange(halfwidth, line, f[0], "..");
            int[] to = parseRange(halfwidth, line, f[1], "..");
            if (from[1] - from[0] != to[1] - to[0] || from[1] > 0xFFFF || to[1] > 0xFFFF) {
                throw line.error("ranges must be in the BMP and equally long");
            }
            for (int i = 0; i <= from[1] - from[0]; i++) {
                fold[from[0] + i] = (char) (to[0] + i);
            }
        }

        byte[] flags = new byte[0x10000];
        for (int c = 0; c < flags.length; c++) {
            int f = kinds[c];
            if (fold[c] != c) {
                if (fold[fold[c]] != fold[c]) {
                    throw new IllegalStateException("halfwidth.tsv folds U+%04X onto U+%04X, which is folded again"
                            .formatted(c, (int) fold[c]));
                }
                if (f != CONTENT || kinds[fold[c]] != CONTENT) {
                    throw new IllegalStateException("halfwidth.tsv folds U+%04X, which is not plain content"
                            .formatted(c));
                }
                f |= FOLDS;
            }
            if (cjk[fold[c]]) {
                f |= CJK;
            }
            flags[c] = (byte) f;
        }
        for (int i = 0; i < triggerChars.length(); i++) {
            char c = triggerChars.charAt(i);
            if ((flags[c] & KIND) != CONTENT) {
                throw new IllegalStateException("word residue may not start with space, break or removed U+%04X"
                        .formatted((int) c));
            }
            flags[c] |= TRIGGER;
        }
        int[] sup = new int[supplementary.size() * 2];
        for (int i = 0; i < supplementary.size(); i++) {
            sup[2 * i] = supplementary.get(i)[0];
            sup[2 * i + 1] = supplementary.get(i)[1];
        }
        return new CharTable(flags, fold, sup);
    }

    private static int[] parseRange(DataFile file, DataFile.Line line, String text, String separator) {
        try {
            int at = text.indexOf(separator);
            int start = Integer.parseInt(at < 0 ? text : text.substring(0, at), 16);
            int end = at < 0 ? start : Integer.parseInt(text.substring(at + separator.length()), 16);
            if (start < 0 || end < start || end > Character.MAX_CODE_POINT) {
                throw line.error("bad range " + text);
            }
            return new int[] {start, end};
        } catch (NumberFormatException e) {
            throw line.error("bad code point " + text);
        }
    }

    /** The flags of a UTF-16 unit: kind in {@link #KIND}, plus {@link #CJK}, {@link #FOLDS}, {@link #TRIGGER}. */
    int flags(char c) {
        return flags[c];
    }

    char fold(char c) {
        return fold[c];
    }

    /** Whether {@code c}, as folded, is CJK. */
    boolean isCjk(char c) {
        return (flags[c] & CJK) != 0;
    }

    boolean isCjk(int codePoint) {
        if (codePoint <= 0xFFFF) {
            return (flags[codePoint] & CJK) != 0;
        }
        for (int i = 0; i < supplementaryCjk.length; i += 2) {
            if (codePoint >= supplementaryCjk[i] && codePoint <= supplementaryCjk[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
