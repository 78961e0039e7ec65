package org.fiscalextract.extractor.recognize;

/**
 * A stated number split from the magnitude it ends in, so that the magnitude can go with the
 * unit as the report wrote it: 1302.76万 → 1302.76 + 万 (万元), 壹佰贰拾万 → 壹佰贰拾 + 万, 42万 → 42 + 万 (万吨).
 * 十亿3000万 keeps its 万: the rest still holds a magnitude, so the whole is one number.
 * 千, 百万 and 千万 split only after Arabic digits (5千万元 is 5 千万元; 三千万元 is 三千 万元).
 */
record TrailingMagnitude(String number, String magnitude) {
    /** Longest first; the flag says the suffix splits only after an Arabic digit. */
    private static final String[] SUFFIXES = {"万亿", "千万", "百万", "亿", "万", "千"};
    private static final boolean[] ARABIC_ONLY = {false, true, true, false, false, true};

    static TrailingMagnitude of(String stated) {
        String folded = stated.replace('萬', '万').replace('億', '亿');
        for (int i = 0; i < SUFFIXES.length; i++) {
            if (splits(folded, SUFFIXES[i], ARABIC_ONLY[i])) {
                return cut(stated, folded, SUFFIXES[i]);
            }
        }
        return new TrailingMagnitude(stated, "");
    }

    /** Whether the number, without its magnitude, still holds one (then it is one number). */
    static boolean hasMagnitude(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c == '万' || c == '亿' || c == '萬' || c == '億' || c == '个') {
                return true;
            }
        }
        return false;
    }

    private static boolean splits(String folded, String suffix, boolean arabicOnly) {
        if (!folded.endsWith(suffix) || folded.length() == suffix.length()) {
            return false;
        }
        String rest = folded.substring(0, folded.length() - suffix.length());
        char last = rest.charAt(rest.length() - 1);
        return !hasMagnitude(rest) && (!arabicOnly || last >= '0' && last <= '9');
    }

    private static TrailingMagnitude cut(String stated, String folded, String suffix) {
        int at = folded.length() - suffix.length();
        return new TrailingMagnitude(stated.substring(0, at), suffix);
    }
}
