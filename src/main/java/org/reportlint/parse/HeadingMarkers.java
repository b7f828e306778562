package org.reportlint.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.facts.Heading;

/** Heading number markers at a given place in a text: 一、 （一） 1. （1） ① ⑴ 第一部分 第一章 第一节. */
final class HeadingMarkers {
    /** A marker: its style (a {@link Heading} constant), the number it says, and its UTF-16 extent. */
    record Marker(String style, int ordinal, int start, int end) {
    }

    private static final String CN = "[一二三四五六七八九十百]{1,4}";
    /**
     * One alternative per style. 一、二、三产业 and 一、二季度 are lists, not headings (a lone numeral after 一、; a
     * year such as 二〇二四 may follow); 1.5 and 1.5% are decimals.
     */
    private static final Pattern MARKER = Pattern.compile(
            "(?<part>第(?<pn>[一二三四五六七八九十百零〇两]{1,5}|\\d{1,3})(?<pk>部分|篇|章|节))"
                    + "|(?<cc>" + CN + ")[、．.]"
                    + "|[（(]\\s*(?<cp>" + CN + ")\\s*[)）]"
                    + "|(?<nd>\\d{1,2})(?:[、．]|\\.(?![\\d%％]))"
                    + "|[（(]\\s*(?<np>\\d{1,2})\\s*[)）]"
                    + "|(?<ci>[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF])"
                    + "|(?<pd>[\u2474-\u2487])");

    private HeadingMarkers() {
    }

    /** The marker starting exactly at {@code from}, or null. */
    /**
     * Whether a lone numeral one above the marker's follows it (一、二季度, 三、四月份): two numerals listed, not a
     * heading. Any other numeral begins the title (一、一年接着一年干, 一、二〇二五年工作回顾).
     */
    private static boolean listedNext(String text, int at, int ordinal) {
        String digits = "一二三四五六七八九十";
        if (at >= text.length() || digits.indexOf(text.charAt(at)) < 0) {
            return false;
        }
        boolean lone = at + 1 >= text.length() || "〇零一二三四五六七八九十".indexOf(text.charAt(at + 1)) < 0;
        return lone && chineseOrdinal(String.valueOf(text.charAt(at))) == ordinal + 1;
    }

    static Marker at(String text, int from) {
        Matcher m = MARKER.matcher(text).region(from, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String style;
        int ordinal;
        if (m.group("part") != null) {
            style = switch (m.group("pk")) {
                case "章" -> Heading.CN_CHAPTER;
                case "节" -> Heading.CN_SECTION;
                default -> Heading.CN_PART;
            };
            String n = m.group("pn");
            ordinal = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : chineseOrdinal(n);
        } else if (m.group("cc") != null) {
            style = Heading.CN_COMMA;
            ordinal = chineseOrdinal(m.group("cc"));
            if (listedNext(text, m.end(), ordinal)) {
                return null;
            }
        } else if (m.group("cp") != null) {
            style = Heading.CN_PAREN;
            ordinal = chineseOrdinal(m.group("cp"));
        } else if (m.group("nd") != null) {
            style = Heading.NUM_DOT;
            ordinal = Integer.parseInt(m.group("nd"));
        } else if (m.group("np") != null) {
            style = Heading.NUM_PAREN;
            ordinal = Integer.parseInt(m.group("np"));
        } else if (m.group("ci") != null) {
            style = Heading.CIRCLED;
            ordinal = circled(m.group("ci").charAt(0));
        } else {
            style = Heading.NUM_PAREN;
            ordinal = m.group("pd").charAt(0) - '\u2474' + 1;
        }
        return ordinal <= 0 ? null : new Marker(style, ordinal, from, m.end());
    }

    static int circled(char c) {
        if (c >= '\u2460' && c <= '\u2473') {
            return c - '\u2460' + 1;
        }
        if (c >= '\u3251' && c <= '\u325F') {
            return c - '\u3251' + 21;
        }
        return c - '\u32B1' + 36;
    }

    /** Value of a Chinese numeral up to 9999 as used in ordinals (一, 十二, 二十, 一百零五, 两百); -1 if malformed. */
    static int chineseOrdinal(String s) {
        int total = 0;
        int digit = -1;
        int lastUnit = 10_000;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = "〇一二三四五六七八九".indexOf(c);
            if (c == '零') {
                d = 0;
            } else if (c == '两') {
                d = 2;
            }
            if (d >= 0) {
                if (digit >= 0 && digit != 0) {
                    return -1;
                }
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0 || unit >= lastUnit) {
                return -1;
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
            lastUnit = unit;
        }
        return total + Math.max(digit, 0);
    }
}
