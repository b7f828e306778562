package org.reportlint.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportlint.data.DataSet;
import org.reportlint.data.HanziTable;
import org.reportlint.data.Lexicon;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.IdiomNearMiss;
import org.reportlint.facts.Paragraph;

/**
 * Finds four Chinese characters that are no word, no listed official term and no part of a longer word, one
 * character off exactly one idiom (part of speech {@code i} in the jieba word list) at least as common as
 * {@code typo.idiom_min_frequency}: 全力以赴 with one character changed. Windows cut across a common word
 * (全力以 + 两个) are no candidates. Whether the change is a likely slip (look-alike, sound-alike) is noted for
 * the rule.
 */
public final class IdiomNearMissScanner {
    static final String MIN_FREQUENCY = "typo.idiom_min_frequency";
    private static final int LENGTH = 4;
    private static final int MAX_WORD = 6;
    /** Marks a key shared by several idioms: a window matching it is ambiguous. */
    private static final String AMBIGUOUS = "";

    /** Idiom with one character replaced by '?' (全力以?) → the idiom, or {@link #AMBIGUOUS}. */
    private final Map<String, String> byPattern = new HashMap<>();
    private final WordDictionary words;
    private final HanziTable hanzi;
    private final Lexicon terms;
    private final ScanLimits limits;

    public IdiomNearMissScanner(DataSet data, ScanLimits limits) {
        this(data.words(), data.hanzi(), data.lexicon(TermNearMissScanner.LEXICON), limits,
                ScanLimits.get(data, MIN_FREQUENCY, 5));
    }

    IdiomNearMissScanner(WordDictionary words, HanziTable hanzi, Lexicon terms, ScanLimits limits, int minFrequency) {
        this.words = words;
        this.hanzi = hanzi;
        this.terms = terms;
        this.limits = limits;
        words.forEach(LENGTH, LENGTH, (w, f, pos) -> {
            if ("i".equals(pos) && f >= minFrequency && Hanzi.countHan(w) == LENGTH) {
                for (int i = 0; i < LENGTH; i++) {
                    byPattern.merge(pattern(w, i), w, (a, b) -> AMBIGUOUS);
                }
            }
        });
    }

    private static String pattern(String w, int i) {
        return w.substring(0, i) + '?' + w.substring(i + 1);
    }

    public List<IdiomNearMiss> scan(List<Paragraph> paragraphs, String documentText) {
        List<IdiomNearMiss> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            out.addAll(scan(p, documentText));
        }
        return out;
    }

    List<IdiomNearMiss> scan(Paragraph p, String documentText) {
        String t = p.getText();
        List<IdiomNearMiss> out = new ArrayList<>();
        for (int s = 0; s + LENGTH <= t.length(); s++) {
            String window = t.substring(s, s + LENGTH);
            String idiom = Hanzi.countHan(window) == LENGTH ? idiomNear(window) : null;
            if (idiom == null || words.contains(window) || terms != null && terms.contains(window)
                    || insideWord(t, s, s + LENGTH)
                    || WordBoundary.straddled(words, limits.commonWordFrequency(), t, s, s + LENGTH)) {
                continue;
            }
            int at = TermNearMissScanner.onlyDifference(window, idiom);
            char was = idiom.charAt(at);
            char now = window.charAt(at);
            if (Hanzi.isNumeral(was) && Hanzi.isNumeral(now)) {
                continue; // 一举三得 next to 一举两得: numerals change the content
            }
            out.add(new IdiomNearMiss(p.spanOf(s, s + LENGTH), idiom, words.frequency(idiom),
                    hanzi.similarShape(was, now, limits.strokeGap()), hanzi.similarSound(was, now),
                    TermNearMissScanner.quoted(t, s, s + LENGTH), shape(window, now, documentText)));
        }
        return out;
    }

    private IdiomNearMiss.Shape shape(String window, char now, String documentText) {
        int common = limits.commonWordFrequency();
        int first = documentText.indexOf(window);
        return new IdiomNearMiss.Shape(words.frequency(String.valueOf(now)) < common,
                words.frequency(window.substring(0, 2)) >= common && words.frequency(window.substring(2)) >= common,
                first >= 0 && documentText.indexOf(window, first + 1) >= 0);
    }

    /** The one idiom one character off {@code window}, or null when there is none or several. */
    private String idiomNear(String window) {
        String found = null;
        for (int i = 0; i < LENGTH; i++) {
            String idiom = byPattern.get(pattern(window, i));
            if (idiom == null || idiom.equals(window)) {
                continue;
            }
            if (idiom.isEmpty() || found != null && !found.equals(idiom)) {
                return null;
            }
            found = idiom;
        }
        return found;
    }

    /** Whether a longer word of the word list contains {@code t[from, to)}. */
    private boolean insideWord(String t, int from, int to) {
        for (int s = Math.max(0, to - MAX_WORD); s <= from; s++) {
            for (int e = to; e <= Math.min(t.length(), s + MAX_WORD); e++) {
                if (e - s > to - from && words.contains(t.substring(s, e))) {
                    return true;
                }
            }
        }
        return false;
    }
}
