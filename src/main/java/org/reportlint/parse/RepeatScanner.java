package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.data.Gazetteer;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Repeat;
import org.reportlint.facts.Span;

/**
 * Finds Chinese units of 1–{@value #MAX_UNIT} characters written twice back to back in a paragraph
 * ({@code 提升提升}, {@code 建建设}) and measures, with the word dictionary, the word-boundary evidence the rules
 * judge them by: which dictionary words end with the first copy, begin with the second or cross the junction.
 * Only runs of Han characters count; digits and Latin repeat legitimately.
 */
public final class RepeatScanner {
    public static final int MAX_UNIT = 6;
    /** Longest word looked up around a repeat, in characters. */
    static final int MAX_WORD = 8;
    static final String NUMERALS = "〇零一二三四五六七八九十百千万亿两";
    /** Characters that, before a one-character repeat, make it a numeral-classifier reduplication (一件件). */
    static final String COUNTERS = "一两几每";
    /** Most characters between a doubled unit and its third occurrence in rhetorical repetition (再, 还是). */
    static final int ECHO_GAP = 2;

    /** Longest place name looked up around a repeat, in characters. */
    static final int MAX_PLACE = 6;
    /** Farthest a title mark is looked for around a repeat: titles of works and documents are short. */
    static final int TITLE_REACH = 60;

    private final WordDictionary words;
    private final Gazetteer places;

    public RepeatScanner(WordDictionary words) {
        this(words, Gazetteer.EMPTY);
    }

    public RepeatScanner(WordDictionary words, Gazetteer places) {
        this.words = words;
        this.places = places;
    }

    public List<Repeat> scan(Paragraph p) {
        String t = p.getText();
        List<Repeat> out = new ArrayList<>();
        int coveredUntil = -1;
        for (int i = 0; i < t.length(); i++) {
            for (int u = 1; u <= MAX_UNIT && i + 2 * u <= t.length(); u++) {
                if (!t.regionMatches(i, t, i + u, u) || !allHan(t, i, i + 2 * u)) { // cheap test first
                    continue;
                }
                if (i + 2 * u <= coveredUntil) {
                    break; // inside a repeat already found
                }
                out.add(repeat(p, i, u));
                coveredUntil = i + 2 * u;
                while (coveredUntil + u <= t.length() && t.regionMatches(i, t, coveredUntil, u)) {
                    coveredUntil += u; // a run of the same unit is one repeat (哈哈哈哈)
                }
                break;
            }
        }
        return out;
    }

    private Repeat repeat(Paragraph p, int i, int u) {
        String t = p.getText();
        int m = i + u;
        int e = m + u;
        String unit = t.substring(i, m);
        Repeat.Evidence ev = new Repeat.Evidence(
                maxFreq(t, i - MAX_WORD, i - 1, m, m),        // words ending with the first copy
                maxFreq(t, m, m, e + 1, e + MAX_WORD),        // words beginning with the second copy
                u < 2 ? 0 : crossReading(t, i, m, e),         // a reading with a word across the junction
                i == 0 || !isHan(t, i - 1) ? Integer.MAX_VALUE : maxFreq(t, i - MAX_WORD, i - 2, i, i),
                e == t.length() || !isHan(t, e) ? Integer.MAX_VALUE : maxFreq(t, e, e, e + 2, e + MAX_WORD),
                u == 1 ? words.prefixFormations(unit) : 0,
                u == 1 || words.frequency(unit) > 0 || segmentable(unit),
                words.frequency(unit), words.partOfSpeech(unit),
                u == 1 && i > 0 && COUNTERS.indexOf(t.charAt(i - 1)) >= 0 || u == 2 && unit.charAt(0) == '一',
                unit.chars().allMatch(c -> NUMERALS.indexOf(c) >= 0),
                echoed(t, unit, e));
        boolean across = p.isJoined() && crossesLine(p, i, e);
        return new Repeat(unit, p.spanOf(i, m), p.spanOf(m, e), p, across, ev, shape(t, i, u));
    }

    private Repeat.Shape shape(String t, int i, int u) {
        int m = i + u;
        int e = m + u;
        boolean aabb = u == 1 && (doubledAt(t, e) && t.charAt(e) != t.charAt(i)
                || i >= 2 && doubledAt(t, i - 2) && t.charAt(i - 1) != t.charAt(i));
        boolean number = u == 1 && i > 0 && (Character.isDigit(t.charAt(i - 1))
                || NUMERALS.indexOf(t.charAt(i - 1)) >= 0 && NUMERALS.indexOf(t.charAt(i)) < 0);
        boolean after = false;
        for (int k = e + 1; k <= Math.min(t.length(), m + MAX_PLACE) && !after; k++) {
            after = places.isReal(t.substring(m, k));
        }
        for (int k = e + 2; u == 1 && k <= Math.min(t.length(), e + MAX_PLACE) && !after; k++) {
            after = places.isReal(t.substring(e, k));
        }
        boolean before = false;
        for (int k = i - 1; k >= Math.max(0, m - MAX_PLACE) && !before; k--) {
            before = places.isReal(t.substring(k, m));
        }
        boolean particle = i > 0 && particle(t.charAt(i - 1));
        return new Repeat.Shape(aabb, inBookTitle(t, i, e), number, before, after, particle);
    }

    /** Whether {@code t[k]} and {@code t[k+1]} are the same Han character, not a numeral. */
    private static boolean doubledAt(String t, int k) {
        return k + 1 < t.length() && t.charAt(k) == t.charAt(k + 1) && isHan(t, k) && NUMERALS.indexOf(t.charAt(k)) < 0;
    }

    /** Whether {@code t[from, to)} lies between 《 and its 》, each at most {@value #TITLE_REACH} characters away. */
    static boolean inBookTitle(String t, int from, int to) {
        int open = -1;
        for (int k = from - 1; k >= Math.max(0, from - TITLE_REACH) && open < 0; k--) {
            if (t.charAt(k) == '》') {
                return false;
            }
            open = t.charAt(k) == '《' ? k : -1;
        }
        for (int k = to; open >= 0 && k < Math.min(t.length(), to + TITLE_REACH); k++) {
            if (t.charAt(k) == '《') {
                return false;
            }
            if (t.charAt(k) == '》') {
                return true;
            }
        }
        return false;
    }

    /** Whether the unit comes a third time within {@value #ECHO_GAP} characters: rhetoric (发展发展再发展). */
    static boolean echoed(String t, String unit, int from) {
        int next = t.indexOf(unit, from);
        return next >= 0 && next - from <= ECHO_GAP && next > from;
    }

    /** Highest frequency of a dictionary word {@code t[a, b)} with a in [a0, a1], b in [b0, b1], all Han. */
    int maxFreq(String t, int a0, int a1, int b0, int b1) {
        int best = 0;
        for (int a = Math.max(0, a0); a <= a1; a++) {
            for (int b = Math.max(b0, a + 2); b <= Math.min(b1, t.length()) && b - a <= MAX_WORD; b++) {
                if (allHan(t, a, b)) {
                    best = Math.max(best, words.frequency(t.substring(a, b)));
                }
            }
        }
        return best;
    }

    /**
     * How well the copies read as a word across the junction with the leftovers attached outside (退税|缓税|缓费:
     * 税 ends 退税, 缓 begins 缓费): the weakest of the three words' frequencies, maximised over the readings. 0 when
     * a leftover attaches to nothing (成效明显|明显。: 显明 crosses, but 明 and 显 are left alone: a stutter).
     */
    int crossReading(String t, int i, int m, int e) {
        int best = 0;
        for (int a = i + 1; a < m; a++) {
            int left = maxFreq(t, i - MAX_WORD, i - 1, a, a);
            for (int b = m + 1; b < e && left > best; b++) {
                int cross = b - a >= 2 && allHan(t, a, b) ? words.frequency(t.substring(a, b)) : 0;
                int right = cross > best ? maxFreq(t, b, b, e + 1, e + MAX_WORD) : 0;
                best = Math.max(best, Math.min(left, Math.min(cross, right)));
            }
        }
        return best;
    }

    /** Whether the dictionary tags the character as an auxiliary (的, 地, 得, 之): a word ends before what follows. */
    private boolean particle(char c) {
        String pos = words.partOfSpeech(String.valueOf(c));
        return pos != null && pos.startsWith("u");
    }

    /** Whether a unit that is no word splits into a word of two or more characters and a word (示范区 = 示范 + 区). */
    boolean segmentable(String unit) {
        for (int k = unit.length() - 1; k >= 2; k--) {
            if (words.contains(unit.substring(0, k)) && words.contains(unit.substring(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean crossesLine(Paragraph p, int from, int to) {
        return p.sourceOffset(to) - p.sourceOffset(from) != to - from;
    }

    private static boolean isHan(String t, int i) {
        return allHan(t, i, i + 1);
    }

    static boolean allHan(String t, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = t.codePointAt(i);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN || cp == '〇') {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
