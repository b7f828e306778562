package org.reportlint.parse;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.facts.QuantityKind;

/**
 * Years, dates and periods: {@code 2024年}, {@code 二〇二四年}, {@code 2021年2月23日}, {@code 2月30日} (kept, with
 * {@code validDate} false), {@code 2024—2026年}, {@code 1-11月}, five-year plans ({@code “十四五”},
 * {@code 十四五时期} → 2021–2025; not “八五”普法: legal-education plans have their own count), {@code 上半年},
 * {@code 一季度}, {@code 前三季度}; a five-digit year such as {@code 20245年} is a malformed YEAR.
 */
final class TimeScanner {
    /** N-th five-year plan: the numeral before 五 (十四五 → 十四), only where the context says it is a plan. */
    private static final Pattern PLAN = Pattern.compile(
            "(十[一二三四五六七八九]?|[六七八九])五(?=[”\"’」』](?!普法)|规划|时期|期间|末|初|以来|开局|中期|期)");
    private static final Pattern PART_OF_YEAR = Pattern.compile("上半年|下半年|前三季度|前两季度|第?[一二三四1-4]季度");
    static final String RANGE_SEPARATORS = "—–－-~～至到―−";
    private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private TimeScanner() {
    }

    /** A five-year plan or a part of a year starting at {@code i}, or null. */
    static Draft namedPeriod(String t, int i) {
        char c = t.charAt(i);
        if ("十六七八九上下前第一二三四1234".indexOf(c) < 0) {
            return null;
        }
        if (i > 0 && (ChineseNumerals.isNumeral(t.charAt(i - 1)) || t.charAt(i - 1) == '第') && c != '第') {
            return null;
        }
        boolean five = t.startsWith("五", i + 1) || t.startsWith("五", i + 2);
        Matcher m = five ? PLAN.matcher(t).region(i, t.length()) : null;
        if (m != null && m.lookingAt()) {
            String ordinal = m.group(1).equals("十") ? "十五" : m.group(1);
            int n = ChineseNumerals.parse(ordinal).value().intValue();
            int first = n == 1 ? 1953 : n == 2 ? 1958 : 1966 + 5 * (n - 3);
            int end = m.group(1).equals("十") ? i + 2 : m.end();
            return years(new Draft(i, end), first, first + 4);
        }
        boolean part = t.startsWith("半年", i + 1) || t.startsWith("季度", i + 1) || t.startsWith("季度", i + 2)
                || t.startsWith("季度", i + 3);
        Matcher q = part ? PART_OF_YEAR.matcher(t).region(i, t.length()) : null;
        if (q != null && q.lookingAt()) {
            int[] months = monthsOf(q.group());
            Draft d = new Draft(i, q.end()).unit("", "月", BigDecimal.ONE, QuantityKind.PERIOD);
            return d.range(BigDecimal.valueOf(months[0]), BigDecimal.valueOf(months[1]));
        }
        return null;
    }

    private static int[] monthsOf(String part) {
        return switch (part) {
            case "上半年", "前两季度" -> new int[] {1, 6};
            case "下半年" -> new int[] {7, 12};
            case "前三季度" -> new int[] {1, 9};
            default -> {
                char k = part.charAt(part.length() - 3);
                int q = Character.isDigit(k) ? k - '0' : ChineseNumerals.digit(k);
                yield new int[] {3 * q - 2, 3 * q};
            }
        };
    }

    private static Draft years(Draft d, int first, int last) {
        d.unit("", "年", BigDecimal.ONE, QuantityKind.PERIOD).range(BigDecimal.valueOf(first), BigDecimal.valueOf(last));
        d.year = first;
        return d;
    }

    /** A year, date, year range or month range that begins with number {@code n}, or null. */
    static Draft fromNumber(String t, ParsedNumber n) {
        if (n.approximate() || n.value().scale() > 0 || !n.multiplierText().isEmpty()) {
            return null;
        }
        int e = n.end();
        int v = n.value().intValue();
        if (at(t, e, '年')) {
            return year(t, n, v);
        }
        if (at(t, e, '月')) {
            return monthDay(t, n.start(), e + 1, 0, v);
        }
        int sep = e < t.length() ? RANGE_SEPARATORS.indexOf(t.charAt(e)) : -1;
        if (sep >= 0) {
            ParsedNumber m = NumberParser.parseAt(t, e + 1);
            if (m != null && m.multiplierText().isEmpty() && !m.approximate() && m.value().scale() == 0) {
                int w = m.value().intValue();
                if (at(t, m.end(), '年') && isYear(n) && isYear(m)) {
                    return years(new Draft(n.start(), m.end() + 1), v, w);
                }
                if (at(t, m.end(), '月') && v >= 1 && w <= 12 && v < w) {
                    Draft d = new Draft(n.start(), m.end() + 1).unit("", "月", BigDecimal.ONE, QuantityKind.PERIOD);
                    return d.range(BigDecimal.valueOf(v), BigDecimal.valueOf(w));
                }
            }
        }
        return null;
    }

    private static boolean isYear(ParsedNumber n) {
        int v = n.value().intValue();
        return n.end() - n.start() == 4 && v >= 1900 && v <= 2099;
    }

    private static Draft year(String t, ParsedNumber n, int v) {
        int digits = n.end() - n.start();
        int after = n.end() + 1;
        if (isYear(n)) {
            Draft range = yearRange(t, n, after);
            if (range != null) {
                return range;
            }
            ParsedNumber m = NumberParser.parseAt(t, after);
            if (m != null && at(t, m.end(), '月') && m.value().scale() == 0 && m.multiplierText().isEmpty()) {
                return monthDay(t, n.start(), m.end() + 1, v, m.value().intValue());
            }
            Draft d = new Draft(n.start(), after).unit("", "年", BigDecimal.ONE, QuantityKind.YEAR)
                    .exact(n.value(), BigDecimal.ZERO, 0);
            d.year = v;
            return d;
        }
        String digitsText = n.value().toPlainString();
        if (!n.chinese() && digits >= 5 && (digitsText.startsWith("19") || digitsText.startsWith("20"))) {
            Draft d = new Draft(n.start(), after).unit("", "年", BigDecimal.ONE, QuantityKind.YEAR)
                    .exact(n.value(), BigDecimal.ZERO, 0);
            d.malformed = "年份位数不对";
            return d;
        }
        return new Draft(n.start(), after).unit("年", "年", BigDecimal.ONE, QuantityKind.DURATION)
                .exact(n.value(), n.tolerance(), n.decimals());
    }

    /** 2024年至2026年, 2024年—2026年. */
    private static Draft yearRange(String t, ParsedNumber n, int after) {
        if (after >= t.length() || RANGE_SEPARATORS.indexOf(t.charAt(after)) < 0) {
            return null;
        }
        ParsedNumber m = NumberParser.parseAt(t, after + 1);
        if (m == null || !isYear(m) || !at(t, m.end(), '年')) {
            return null;
        }
        return years(new Draft(n.start(), m.end() + 1), n.value().intValue(), m.value().intValue());
    }

    /** {@code [year年]month月[day日]} from {@code start}; {@code i} is just after 月. */
    private static Draft monthDay(String t, int start, int i, int year, int month) {
        int day = 0;
        int end = i;
        ParsedNumber d = NumberParser.parseAt(t, i);
        if (d != null && at(t, d.end(), '日') && d.value().scale() == 0 && d.multiplierText().isEmpty()) {
            day = d.value().intValue();
            end = d.end() + 1;
        }
        Draft out = new Draft(start, end).unit("", day > 0 ? "日" : "月", BigDecimal.ONE, QuantityKind.DATE)
                .exact(BigDecimal.valueOf(day > 0 ? day : month), BigDecimal.ZERO, 0);
        out.year = year;
        out.month = month;
        out.day = day;
        out.validDate = validDate(year, month, day);
        return out;
    }

    static boolean validDate(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return false;
        }
        if (day == 0) {
            return true;
        }
        boolean leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
        int max = month == 2 && !leap ? 28 : DAYS[month - 1];
        return day >= 1 && day <= max;
    }

    private static boolean at(String t, int i, char c) {
        return i < t.length() && t.charAt(i) == c;
    }
}
