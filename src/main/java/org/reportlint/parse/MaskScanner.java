package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.facts.Mask;
import org.reportlint.facts.Paragraph;

/**
 * Finds censor marks and unfilled placeholders in Chinese context: a run of one repeated capital letter or mask
 * sign touching Chinese text (X中央, ZZ建设, 中央XXXX, ××), a capital letter before 同志, and empty slots (增长X%,
 * 某某, 【】, ____). Latin that belongs to a number or a Latin token (543X, 1+4+N, RCEP) is never a candidate.
 * Which original a mark stands for is worked out per document by {@link MaskRestorer}.
 */
public final class MaskScanner {
    /**
     * A run of one repeated capital letter, full-width X or mask sign, not part of a longer Latin/digit token;
     * also a decimal slot of Xs (增长X.X%).
     */
    static final Pattern LETTER_RUN = Pattern.compile(
            "(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９_@./])(?:X{1,4}\\.X{1,3}|([A-Z])\\1{0,5}|([xＸ×＊□■])\\2{0,5})"
                    + "(?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９_@])");
    /** Capitals glued together; split into letter groups when one group is the wildcard X (XZZ = X + ZZ). */
    static final Pattern CAPITALS = Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2,8}(?![A-Za-z0-9])");
    /** Slots left for a value: 某某, empty brackets, a line of underscores. */
    static final Pattern EMPTY_SLOT = Pattern.compile("某某|【\\s*】|〔\\s*〕|［\\s*］|_{3,}|＿{2,}");
    /** Signs that stand for any character, unlike a letter, which may be a pinyin initial (ZZ = 政治). */
    static final String WILDCARDS = "XＸ×＊□■x";
    /** After a mark: a number's unit or a counted noun, so the mark was a value never filled in (X亿元, XX县). */
    static final String UNIT_AFTER = "%％‰亿万千百元个家项人次座所条公里米吨倍年月日号县市区镇乡村";
    static final String NAME_AFTER = "同志";
    /** Full-width marks of Chinese prose: a mark between two of them stands where a word would. */
    static final String CHINESE_MARKS = "，、；：。“”‘’（）《》";
    /** The characters a letter run or a capital group starts with; a paragraph without them needs no regex. */
    private static final String LETTER_SIGNS = "ABCDEFGHIJKLMNOPQRSTUVWXYZxＸ×＊□■";
    /** The characters an empty slot starts with. */
    private static final String SLOT_SIGNS = "某【〔［_＿";

    private MaskScanner() {
    }

    /** A candidate before restoration: kind, paragraph offsets, and the paragraph it is in. */
    public record Candidate(String kind, Paragraph paragraph, int start, int end) {
        public String token() {
            return paragraph.getText().substring(start, end);
        }

        /** Whether the mark is written with wildcard signs (X, ×) rather than initials (ZZ). */
        public boolean wildcard() {
            return WILDCARDS.indexOf(token().charAt(0)) >= 0;
        }
    }

    public static List<Candidate> scan(Paragraph p) {
        String t = p.getText();
        List<Candidate> out = new ArrayList<>();
        int letter = firstOf(t, LETTER_SIGNS);
        if (letter >= 0) {
            Matcher m = LETTER_RUN.matcher(t).region(letter, t.length()).useTransparentBounds(true);
            while (m.find()) {
                String kind = classify(t, m.start(), m.end());
                if (kind != null) {
                    out.add(new Candidate(kind, p, m.start(), m.end()));
                }
            }
            Matcher g = CAPITALS.matcher(t).region(letter, t.length()).useTransparentBounds(true);
            while (g.find()) {
                splitGroups(p, g.start(), g.end(), out);
            }
        }
        int slot = firstOf(t, SLOT_SIGNS);
        if (slot >= 0) {
            Matcher s = EMPTY_SLOT.matcher(t).region(slot, t.length());
            while (s.find()) {
                out.add(new Candidate(Mask.PLACEHOLDER, p, s.start(), s.end()));
            }
        }
        return out;
    }

    /** Marks written back to back (从严治XZZ责任 = 党 + 政治): each run of one letter is a candidate. */
    private static void splitGroups(Paragraph p, int start, int end, List<Candidate> out) {
        String t = p.getText();
        String run = t.substring(start, end);
        boolean single = run.chars().distinct().count() == 1;
        boolean chinese = start > 0 && isHan(t.charAt(start - 1)) || end < t.length() && isHan(t.charAt(end));
        if (single || !chinese || run.indexOf('X') < 0) {
            return;
        }
        int i = start;
        while (i < end) {
            int j = i + 1;
            while (j < end && t.charAt(j) == t.charAt(i)) {
                j++;
            }
            if (t.charAt(i) == 'X' || j - i >= 2) {
                out.add(new Candidate(Mask.CENSORED, p, i, j));
            }
            i = j;
        }
    }

    /** The kind of a letter run in its context, or null when it is not a mark. */
    static String classify(String t, int start, int end) {
        char c = t.charAt(start);
        boolean hanBefore = start > 0 && isHan(t.charAt(start - 1));
        boolean hanAfter = end < t.length() && isHan(t.charAt(end));
        int len = end - start;
        boolean wild = WILDCARDS.indexOf(c) >= 0;
        if (wild && (end < t.length() && UNIT_AFTER.indexOf(t.charAt(end)) >= 0
                || start > 0 && t.charAt(start - 1) == '第')) {
            return Mask.PLACEHOLDER;
        }
        if (len == 1 && c >= 'A' && c <= 'Z' && c != 'X') {
            return t.startsWith(NAME_AFTER, end) ? Mask.NAME : null;
        }
        if (c == 'x') {
            return null; // lower-case x outside a numeric slot is Latin text or site residue (xx整理)
        }
        if (len == 1 && c != 'X' && c != 'Ｘ') {
            return hanBefore && hanAfter ? Mask.CENSORED : null; // 7×24, 要素× are not masks
        }
        if (hanBefore || hanAfter) {
            return Mask.CENSORED;
        }
        // a multi-sign mask standing as a whole word between Chinese marks (是，XXX、国务院)
        boolean marked = start > 0 && end < t.length() && CHINESE_MARKS.indexOf(t.charAt(start - 1)) >= 0
                && CHINESE_MARKS.indexOf(t.charAt(end)) >= 0;
        return wild && len >= 2 && marked ? Mask.CENSORED : null;
    }

    /** The first index of a character of {@code chars} in {@code t}, or -1. */
    static int firstOf(String t, String chars) {
        for (int i = 0; i < t.length(); i++) {
            if (chars.indexOf(t.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
