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

    private NumberStarts() {
    }

    static int[] of(String text) {
        int[] starts = new int[16];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char prev = i == 0 ? ' ' : text.charAt(i - 1);
            boolean start = isDigit(c) ? !isDigit(prev)
                    : CHINESE_START.indexOf(c) >= 0 && CHINESE_ANY.indexOf(prev) < 0;
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
