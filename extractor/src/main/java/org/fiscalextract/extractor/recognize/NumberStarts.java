package org.fiscalextract.extractor.recognize;

import java.util.Arrays;

/**
 * The positions where a number can start: an Arabic digit after no Arabic digit, or a Chinese
 * numeral after no Chinese numeral (a magnitude like 万 never starts one). A superset of where
 * the rules' own guards let a number start; rules are tried there only.
 */
final class NumberStarts {
    private static final String CHINESE_START = "零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟";
    private static final String CHINESE_ANY = CHINESE_START + "万亿萬億点";
    /** Per character: 1 may start a number after no numeral, 2 continues one (every text goes through here four times). */
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];

    static {
        for (char c : CHINESE_ANY.toCharArray()) {
            KIND[c] = 2;
        }
        for (char c : CHINESE_START.toCharArray()) {
            KIND[c] = 3;
        }
    }

    private NumberStarts() {
    }

    static int[] of(String text) {
        int[] starts = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char prev = i == 0 ? ' ' : text.charAt(i - 1);
            boolean start = isDigit(c) ? !isDigit(prev) : (KIND[c] & 1) != 0 && KIND[prev] == 0;
            if (start) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
