package org.fiscalextract.extractor.recognize;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads the numbers Chinese fiscal reports write, exactly: Arabic with or without thousands
 * separators ({@code 1,302.76}, {@code 1，302.76}), Chinese numerals including the formal ones
 * ({@code 壹佰贰拾}, {@code 二十五}, {@code 三点五}, {@code 二〇二四}), and numbers with
 * magnitudes ({@code 1.2万}, {@code 十亿3000万}, {@code 3.3个亿}). A number that cannot be read
 * (a misplaced separator, a unit with nothing to multiply) gives empty, never a guess.
 */
public final class NumberParser {
    /** Longer numbers are not amounts anyone publishes; refusing them keeps parsing linear and cheap. */
    private static final int MAX_LENGTH = 64;

    private NumberParser() {
    }

    /** An Arabic number, optionally signed, with valid thousands separators (, or ，) if any. */
    public static Optional<BigDecimal> arabic(CharSequence s) {
        int n = s.length();
        if (n == 0 || n > MAX_LENGTH) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder(n);
        int i = 0;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            if (s.charAt(0) == '-') {
                digits.append('-');
            }
            i = 1;
        }
        int groupDigits = 0;
        boolean separated = false;
        boolean point = false;
        int intDigits = 0;
        int fracDigits = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                if (point) {
                    fracDigits++;
                } else {
                    intDigits++;
                    groupDigits++;
                }
            } else if ((c == ',' || c == '，') && !point) {
                // the first group has 1-3 digits, every later one exactly 3
                if (groupDigits == 0 || groupDigits > 3 || separated && groupDigits != 3) {
                    return Optional.empty();
                }
                separated = true;
                groupDigits = 0;
            } else if (c == '.' && !point) {
                if (separated && groupDigits != 3 || intDigits == 0) {
                    return Optional.empty();
                }
                point = true;
                digits.append('.');
            } else {
                return Optional.empty();
            }
        }
        if (intDigits == 0 || point && fracDigits == 0 || !point && separated && groupDigits != 3) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(digits.toString()));
    }

    /** Chinese numerals, everyday or formal, with 点 for a decimal point; digit strings like 二〇二四 too. */
    public static Optional<BigDecimal> chinese(CharSequence s) {
        return withMagnitudes(s, false);
    }

    /**
     * A number that may mix Arabic digits, Chinese numerals and magnitudes: {@code 1.2万},
     * {@code 十亿3000万}, {@code 3.3个亿}, {@code 一千零五}, {@code 壹佰贰拾万}.
     */
    public static Optional<BigDecimal> withMagnitudes(CharSequence s) {
        return withMagnitudes(s, true);
    }

    private static Optional<BigDecimal> withMagnitudes(CharSequence s, boolean arabicAllowed) {
        int n = s.length();
        if (n == 0 || n > MAX_LENGTH) {
            return Optional.empty();
        }
        if (isDigitString(s)) {
            return Optional.of(digitString(s));
        }
        BigDecimal total = BigDecimal.ZERO; // complete 亿 and 万 sections
        BigDecimal section = BigDecimal.ZERO; // below 万
        BigDecimal number = null; // the digit or Arabic number waiting for its unit
        boolean any = false;
        int lastSmallUnit = Integer.MAX_VALUE; // 十 百 千 must fall within a section
        char lastBigUnit = 0; // 1万2万 is no number; 一万亿 is
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int digit = digit(c);
            if (digit >= 0) {
                if (number != null) {
                    return Optional.empty(); // 二三: two digits with no unit between
                }
                number = BigDecimal.valueOf(digit);
                any = true;
                i++;
                if (i < n && s.charAt(i) == '点') {
                    int end = fractionEnd(s, i + 1);
                    if (end == i + 1) {
                        return Optional.empty();
                    }
                    number = number.add(fraction(s, i + 1, end));
                    i = end;
                }
                continue;
            }
            if (arabicAllowed && (c >= '0' && c <= '9')) {
                if (number != null) {
                    return Optional.empty();
                }
                int end = i;
                while (end < n && isArabicPart(s.charAt(end))) {
                    end++;
                }
                Optional<BigDecimal> arabic = arabic(s.subSequence(i, end));
                if (arabic.isEmpty()) {
                    return Optional.empty();
                }
                number = arabic.get();
                any = true;
                i = end;
                continue;
            }
            int small = smallUnit(c);
            if (small > 0) {
                if (small >= lastSmallUnit) {
                    return Optional.empty(); // 十百, 百百: units out of order within a section
                }
                lastSmallUnit = small;
                BigDecimal times = number == null ? (small == 10 && !any ? BigDecimal.ONE : null) : number;
                if (times == null) {
                    return Optional.empty();
                }
                section = section.add(times.multiply(BigDecimal.valueOf(small)));
                number = null;
                any = true;
                i++;
                continue;
            }
            if (c == '万' || c == '萬') {
                if (lastBigUnit == '万') {
                    return Optional.empty();
                }
                lastBigUnit = '万';
                section = section.add(orZero(number));
                if (section.signum() == 0 && total.signum() == 0 && number == null) {
                    return Optional.empty(); // 万 with nothing before it
                }
                total = total.add(section.multiply(BigDecimal.valueOf(10_000)));
                section = BigDecimal.ZERO;
                number = null;
                lastSmallUnit = Integer.MAX_VALUE;
                i++;
                continue;
            }
            if (c == '亿' || c == '億') {
                if (lastBigUnit == '亿' && section.signum() == 0 && number == null) {
                    return Optional.empty();
                }
                lastBigUnit = '亿';
                section = section.add(orZero(number));
                if (section.signum() == 0 && total.signum() == 0 && number == null) {
                    return Optional.empty();
                }
                total = total.add(section).multiply(BigDecimal.valueOf(100_000_000));
                section = BigDecimal.ZERO;
                number = null;
                lastSmallUnit = Integer.MAX_VALUE;
                i++;
                continue;
            }
            if ((c == '零' || c == '〇') && i + 1 < n && s.charAt(i + 1) == '点' && number == null) {
                int end = fractionEnd(s, i + 2); // 零点五
                if (end == i + 2) {
                    return Optional.empty();
                }
                number = fraction(s, i + 2, end);
                any = true;
                i = end;
                continue;
            }
            if (c == '零' || c == '〇') {
                if (number != null) {
                    return Optional.empty();
                }
                any = true;
                i++;
                continue;
            }
            if (c == '个' && arabicAllowed && number != null && i + 1 < n
                    && (s.charAt(i + 1) == '亿' || s.charAt(i + 1) == '万')) {
                i++; // 3.3个亿: the measure word only joins number and magnitude
                continue;
            }
            return Optional.empty();
        }
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(total.add(section).add(orZero(number)));
    }

    /** Where the Chinese digits after a 点 starting at {@code from} end. */
    private static int fractionEnd(CharSequence s, int from) {
        int end = from;
        while (end < s.length() && digit(s.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }

    /** The Chinese digits {@code [from, to)} after a 点, as 0.xyz. */
    private static BigDecimal fraction(CharSequence s, int from, int to) {
        StringBuilder digits = new StringBuilder("0.");
        for (int i = from; i < to; i++) {
            digits.append(digit(s.charAt(i)));
        }
        return new BigDecimal(digits.toString());
    }

    /**
     * 二〇二四, 一九九九: Chinese digits read one by one, as in years and codes. Only with a 〇 or
     * four digits: 三四个 means "three or four", not 34.
     */
    private static boolean isDigitString(CharSequence s) {
        boolean zero = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '〇') {
                zero = true;
            } else if (digit(c) < 0 || c == '两' || c == '兩') {
                return false;
            }
        }
        return zero && s.length() >= 2 || s.length() == 4;
    }

    private static BigDecimal digitString(CharSequence s) {
        StringBuilder digits = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            digits.append(c == '〇' || c == '零' ? 0 : digit(c));
        }
        return new BigDecimal(digits.toString());
    }

    private static boolean isArabicPart(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == ',' || c == '，';
    }

    private static BigDecimal orZero(BigDecimal n) {
        return n == null ? BigDecimal.ZERO : n;
    }

    /** 一..九 and their formal forms, 两; -1 for anything else. */
    static int digit(char c) {
        return switch (c) {
            case '一', '壹', '幺' -> 1;
            case '二', '贰', '貳', '两', '兩' -> 2;
            case '三', '叁', '參' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** 十 百 千 and their formal forms; 0 for anything else. */
    static int smallUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百', '佰' -> 100;
            case '千', '仟' -> 1000;
            default -> 0;
        };
    }
}
