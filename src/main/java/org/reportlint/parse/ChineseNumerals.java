package org.reportlint.parse;

import java.math.BigDecimal;

/**
 * Values of Chinese numerals: digits (〇零一二两三四五六七八九 and the financial forms 壹贰…), the place
 * units 十百千 and the myriad units 万亿 ({@code 一百二十三}, {@code 两千}, {@code 一亿二千万}, {@code 三千五} = 3500,
 * {@code 二〇二四} read digit by digit).
 */
public final class ChineseNumerals {
    private static final String DIGITS = "〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖";
    private static final int[] DIGIT_VALUES = {0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final long[] TENS = {1, 10, 100, 1000};

    /** A parsed numeral: its value and the power of ten it is exact to (两千 → 0, 两千万 → 4, 一万二 → 3). */
    public record Value(BigDecimal value, int lastPlace) {
    }

    private ChineseNumerals() {
    }

    /** The digit value of {@code c}, or -1. */
    public static int digit(char c) {
        int i = DIGITS.indexOf(c);
        return i < 0 ? -1 : DIGIT_VALUES[i];
    }

    /** The place value of 十百千 (and 拾佰仟) as a power of ten, or 0. */
    public static int place(char c) {
        return switch (c) {
            case '十', '拾' -> 1;
            case '百', '佰' -> 2;
            case '千', '仟' -> 3;
            default -> 0;
        };
    }

    /** The power of ten of 万 (4) and 亿 (8), or 0. */
    public static int myriad(char c) {
        return switch (c) {
            case '万', '萬' -> 4;
            case '亿', '億' -> 8;
            default -> 0;
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九: the numeral an ordinal is written with (1 to 99). */
    public static String format(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        String tens = n < 10 ? "" : (n < 20 ? "" : String.valueOf(digits.charAt(n / 10))) + "十";
        return tens + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }

    public static boolean isNumeral(char c) {
        return digit(c) >= 0 || place(c) > 0 || myriad(c) > 0;
    }

    /** Parses a whole numeral; null when it is not a well-formed one (十四五, 一二三四万). */
    public static Value parse(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (isDigitString(s) && (s.length() > 2 || s.indexOf('〇') >= 0 || s.indexOf('零') >= 0)) {
            return new Value(new BigDecimal(digitsOf(s)), 0);
        }
        return parseMyriads(s);
    }

    private static boolean isDigitString(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (digit(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String digitsOf(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            b.append(digit(s.charAt(i)));
        }
        return b.toString();
    }

    /** Splits at the last 亿, then the last 万: {@code 一亿二千万} = 一 × 10^8 + 二千 × 10^4. */
    private static Value parseMyriads(String s) {
        for (char big : new char[] {'亿', '億', '万', '萬'}) {
            int at = s.lastIndexOf(big);
            if (at < 0) {
                continue;
            }
            int exp = myriad(big);
            Value left = at == 0 ? null : parseMyriads(s.substring(0, at));
            if (left == null) {
                return null;
            }
            String rest = s.substring(at + 1);
            BigDecimal high = left.value().scaleByPowerOfTen(exp);
            if (rest.isEmpty()) {
                return new Value(high, left.lastPlace() + exp);
            }
            if (rest.length() == 1 && digit(rest.charAt(0)) > 0) {
                // 一万二 = 12000: a bare digit after a myriad counts in the next place down
                return new Value(high.add(BigDecimal.valueOf(digit(rest.charAt(0))).scaleByPowerOfTen(exp - 1)),
                        exp - 1);
            }
            Value right = parseMyriads(rest.charAt(0) == '零' || rest.charAt(0) == '〇' ? rest.substring(1) : rest);
            return right == null ? null : new Value(high.add(right.value()), right.lastPlace());
        }
        return parseSection(s);
    }

    /** A number below 10000: digits with places in falling order, 零 filling a gap; 三千五 = 3500. */
    private static Value parseSection(String s) {
        if (s.isEmpty()) {
            return null;
        }
        long total = 0;
        int pending = -1;
        int lastPlace = 5;
        boolean zero = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            int p = place(c);
            if (d >= 0) {
                if (pending >= 0) {
                    return null;
                }
                if (d == 0) {
                    zero = true;
                } else {
                    pending = d;
                }
            } else if (p > 0 && p < lastPlace && (pending >= 0 || i == 0)) {
                total += (pending < 0 ? 1 : pending) * TENS[p];
                pending = -1;
                lastPlace = p;
                zero = false;
            } else {
                return null;
            }
        }
        if (pending >= 0) {
            total += pending * TENS[zero || lastPlace == 5 ? 0 : lastPlace - 1];
        }
        return new Value(BigDecimal.valueOf(total), 0);
    }
}
