package org.reportlint.parse;

/** Character classes the scanners share. */
final class Hanzi {
    private Hanzi() {
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Whether {@code t[from, to)} is all Chinese characters. */
    static boolean allHan(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHan(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Chinese and Arabic numerals, whose change makes another valid term (十三五/十四五), not a typo. */
    static boolean isNumeral(char c) {
        return Character.isDigit(c) || "〇零一二两三四五六七八九十百千万亿半双首".indexOf(c) >= 0;
    }

    static int countHan(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += isHan(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    static boolean anyNumeral(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isNumeral(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
