package org.reportlint.parse;

import java.math.BigDecimal;

/**
 * Reads a Chinese-numeral number in running text for {@link NumberParser}: the longest well-formed numeral
 * ({@code 一百二十三}, {@code 两千万}), with the approximate forms {@code 三十余}, {@code 一百多万}, {@code 十几},
 * {@code 数十}, {@code 几百}, {@code 上万} and neighbouring digits {@code 三五}, {@code 七八十}.
 */
final class ChineseNumberReader {
    private ChineseNumberReader() {
    }

    static ParsedNumber read(String t, int start) {
        char c = t.charAt(start);
        if ((c == '数' || c == '几') && start + 1 < t.length() && isPlaceOrMyriad(t.charAt(start + 1))) {
            return vague(t, start);
        }
        if (c == '上' && start + 1 < t.length() && "百千万".indexOf(t.charAt(start + 1)) >= 0) {
            int end = start + 2;
            BigDecimal v = NumberParser.normal(BigDecimal.ONE.scaleByPowerOfTen(placeOf(t.charAt(start + 1))));
            return new ParsedNumber(start, end, v, 0, "", BigDecimal.ONE, true, true, true, null, null);
        }
        if (ChineseNumerals.digit(c) < 0 && ChineseNumerals.place(c) == 0) {
            return null;
        }
        ParsedNumber pair = neighbours(t, start);
        if (pair != null) {
            return pair;
        }
        int end = start;
        while (end < t.length() && ChineseNumerals.isNumeral(t.charAt(end))) {
            end++;
        }
        for (int e = end; e > start; e--) {
            ChineseNumerals.Value v = ChineseNumerals.parse(t.substring(start, e));
            if (v != null) {
                return finish(t, start, e, v);
            }
        }
        return null;
    }

    private static int placeOf(char c) {
        return ChineseNumerals.place(c) + ChineseNumerals.myriad(c);
    }

    private static boolean isPlaceOrMyriad(char c) {
        return placeOf(c) > 0;
    }

    /** Adds 余/多 (after a place: 三十余, 一百多万) or 几 (十几, 二十几) and the trailing myriads. */
    private static ParsedNumber finish(String t, int start, int end, ChineseNumerals.Value v) {
        char last = t.charAt(end - 1);
        BigDecimal value = v.value();
        if (end < t.length() && isPlaceOrMyriad(last) && "余多几".indexOf(t.charAt(end)) >= 0) {
            boolean few = t.charAt(end) == '几';
            int step = lastPlaceWritten(t, start, end);
            int after = end + 1;
            int exp = 0;
            while (after < t.length() && ChineseNumerals.myriad(t.charAt(after)) > 0 && !few) {
                exp += ChineseNumerals.myriad(t.charAt(after));
                after++;
            }
            BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(step - 1 + exp);
            BigDecimal low = value.scaleByPowerOfTen(exp);
            BigDecimal high = low.add(unit.multiply(BigDecimal.TEN));
            if (few) {
                low = low.add(unit);
                high = value.add(unit.multiply(BigDecimal.valueOf(9)));
            }
            String mult = t.substring(end + 1, after);
            return new ParsedNumber(start, after, NumberParser.normal(low), -(exp + step), mult,
                    NumberParser.normal(BigDecimal.ONE.scaleByPowerOfTen(exp)), true, true, !few,
                    NumberParser.normal(high), null);
        }
        int tail = end;
        while (tail > start && ChineseNumerals.myriad(t.charAt(tail - 1)) > 0) {
            tail--;
        }
        String mult = tail > start ? t.substring(tail, end) : "";
        return new ParsedNumber(start, end, NumberParser.normal(value), -v.lastPlace(), mult,
                NumberParser.normal(BigDecimal.ONE.scaleByPowerOfTen(v.lastPlace())), true, false, false, null, null);
    }

    /** The power of ten of the place character just before {@code end} (三十 → 1, 一百 → 2, 万 → 4). */
    private static int lastPlaceWritten(String t, int start, int end) {
        return placeOf(t.charAt(end - 1));
    }

    /** 数十, 几百, 数万, 数百万: two to nine of the place. */
    private static ParsedNumber vague(String t, int start) {
        int end = start + 1;
        int exp = 0;
        while (end < t.length() && isPlaceOrMyriad(t.charAt(end))) {
            exp += placeOf(t.charAt(end));
            end++;
        }
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(exp);
        return new ParsedNumber(start, end, NumberParser.normal(unit.multiply(BigDecimal.valueOf(2))), -exp, "",
                BigDecimal.ONE, true, true, false, NumberParser.normal(unit.multiply(BigDecimal.valueOf(9))), null);
    }

    /** 三五, 两三, 七八, 七八十: two neighbouring digits mean "about this many". */
    private static ParsedNumber neighbours(String t, int start) {
        if (start + 1 >= t.length()) {
            return null;
        }
        int a = ChineseNumerals.digit(t.charAt(start));
        int b = ChineseNumerals.digit(t.charAt(start + 1));
        if (a <= 0 || b <= 0 || !(b == a + 1 || (a == 3 && b == 5))) {
            return null;
        }
        int end = start + 2;
        int exp = 0;
        while (end < t.length() && isPlaceOrMyriad(t.charAt(end))) {
            exp += placeOf(t.charAt(end));
            end++;
        }
        if (end < t.length() && ChineseNumerals.digit(t.charAt(end)) >= 0) {
            return null;
        }
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(exp);
        return new ParsedNumber(start, end, NumberParser.normal(unit.multiply(BigDecimal.valueOf(a))), -exp, "",
                BigDecimal.ONE, true, true, false, NumberParser.normal(unit.multiply(BigDecimal.valueOf(b))), null);
    }
}
