package org.reportlint.parse;

import java.math.BigDecimal;

/**
 * Reads the number that starts at a position of a text: Arabic digits (half- or full-width) with thousands
 * separators and a decimal point, Chinese numerals, and both followed by the multipliers 千/万/亿/万亿
 * ({@code 1,234.5}, {@code ３.５万}, {@code 1.66万亿}, {@code 一百二十三}, {@code 两千万}); approximate forms
 * ({@code 2万余}, {@code 三十多}, {@code 数十}, {@code 十几}, {@code 三五}); malformed ones ({@code 1,23,456},
 * {@code 3..5}) are returned with the reason. Whether a number is a quantity is the scanner's business.
 */
public final class NumberParser {
    private static final BigDecimal ONE = BigDecimal.ONE;

    private NumberParser() {
    }

    /** The number starting at {@code i}, or null when none does. */
    public static ParsedNumber parseAt(String t, int i) {
        if (i >= t.length()) {
            return null;
        }
        char c = t.charAt(i);
        if (arabicDigit(c) >= 0) {
            return arabic(t, i);
        }
        return chinese(t, i);
    }

    /** Parses a whole string as one number, or null when it is not exactly one number. */
    public static ParsedNumber parse(String s) {
        ParsedNumber n = parseAt(s, 0);
        return n != null && n.end() == s.length() ? n : null;
    }

    /** 0-9 of ASCII or full-width digits, else -1. */
    public static int arabicDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return c >= '０' && c <= '９' ? c - '０' : -1;
    }

    static boolean isDot(char c) {
        return c == '.' || c == '．';
    }

    private static ParsedNumber arabic(String t, int start) {
        StringBuilder digits = new StringBuilder();
        int i = digitRun(t, start, digits);
        String malformed = null;
        int groupsEnd = separatorGroups(t, i);
        if (groupsEnd > i) {
            String groups = t.substring(i, groupsEnd);
            if (wellGrouped(digits.length(), groups)) {
                digits.append(groups.replace(",", ""));
                i = groupsEnd;
            } else if (groups.indexOf(',', 1) > 0) {
                malformed = "千分位分隔不规范";
                digits.append(groups.replace(",", ""));
                i = groupsEnd;
            }
        }
        StringBuilder fraction = new StringBuilder();
        if (i + 1 < t.length() && isDot(t.charAt(i))) {
            int dots = i;
            while (dots < t.length() && isDot(t.charAt(dots))) {
                dots++;
            }
            if (dots < t.length() && arabicDigit(t.charAt(dots)) >= 0) {
                if (dots - i > 1) {
                    malformed = "小数点重复";
                }
                i = digitRun(t, dots, fraction);
                if (i + 1 < t.length() && isDot(t.charAt(i)) && arabicDigit(t.charAt(i + 1)) >= 0) {
                    malformed = "多个小数点";
                    i = digitRun(t, i + 1, new StringBuilder());
                }
            }
        }
        BigDecimal base = new BigDecimal(fraction.length() == 0 ? digits.toString() : digits + "." + fraction);
        return withMultiplier(t, start, i, base, -fraction.length(), false, malformed);
    }

    private static int digitRun(String t, int i, StringBuilder out) {
        while (i < t.length() && arabicDigit(t.charAt(i)) >= 0) {
            out.append(arabicDigit(t.charAt(i)));
            i++;
        }
        return i;
    }

    /** The end of a run of {@code ,ddd} groups after a digit run (any group length), or {@code i}. */
    private static int separatorGroups(String t, int i) {
        int end = i;
        while (end + 1 < t.length() && t.charAt(end) == ',' && arabicDigit(t.charAt(end + 1)) >= 0) {
            int j = end + 1;
            while (j < t.length() && arabicDigit(t.charAt(j)) >= 0) {
                j++;
            }
            end = j;
        }
        return end;
    }

    private static boolean wellGrouped(int leading, String groups) {
        if (leading > 3) {
            return false;
        }
        for (String g : groups.substring(1).split(",")) {
            if (g.length() != 3) {
                return false;
            }
        }
        return true;
    }

    /**
     * Applies 余/多 and the multipliers after the digits ({@code 4千亿}, {@code 30余万}, {@code 74亿多}).
     * {@code place} is the power of ten of the last written digit.
     */
    private static ParsedNumber withMultiplier(String t, int start, int i, BigDecimal base, int place, boolean chinese,
                                               String malformed) {
        boolean over = false;
        int overPlace = place == 0 ? lastNonZeroPlace(base) : place;
        if (i < t.length() && isOver(t.charAt(i))) {
            over = true;
            i++;
        }
        int multStart = i;
        int exp = 0;
        if (i < t.length() && (t.charAt(i) == '千' || t.charAt(i) == '百') && !followedBy(t, i + 1, '分')) {
            exp += t.charAt(i) == '千' ? 3 : 2;
            i++;
        }
        while (i < t.length() && ChineseNumerals.myriad(t.charAt(i)) > 0) {
            exp += ChineseNumerals.myriad(t.charAt(i));
            i++;
        }
        String multText = t.substring(multStart, i);
        if (!over && i < t.length() && !multText.isEmpty() && isOver(t.charAt(i))) {
            over = true;
            overPlace = exp;
            i++;
        } else if (over) {
            overPlace += exp;
        }
        BigDecimal mult = ONE.scaleByPowerOfTen(exp);
        BigDecimal value = normal(base.scaleByPowerOfTen(exp));
        BigDecimal high = over ? normal(value.add(ONE.scaleByPowerOfTen(overPlace))) : null;
        return new ParsedNumber(start, i, value, -(place + exp), multText, normal(mult), chinese, over, over, high,
                malformed);
    }

    private static int lastNonZeroPlace(BigDecimal integer) {
        BigDecimal s = integer.stripTrailingZeros();
        return s.scale() < 0 ? -s.scale() : 0;
    }

    private static boolean isOver(char c) {
        return c == '余' || c == '多';
    }

    private static boolean followedBy(String t, int i, char c) {
        return i < t.length() && t.charAt(i) == c;
    }

    /** Value with no exponent and no trailing fractional zeros: 1.2E+8 → 120000000, 5.50 → 5.5. */
    static BigDecimal normal(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static ParsedNumber chinese(String t, int start) {
        return ChineseNumberReader.read(t, start);
    }
}
