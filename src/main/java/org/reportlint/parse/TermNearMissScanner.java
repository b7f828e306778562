package org.reportlint.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportlint.data.HanziTable;
import org.reportlint.data.Lexicon;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.LexiconEntry;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.TermNearMiss;

/**
 * Finds text one edit away from a fixed term of {@code rules/data/official_terms.tsv}: one Chinese character
 * replaced (found through the term's halves: a one-character slip leaves one half intact), or, for technical terms,
 * one character inserted that turns the term's tail, itself no word, into a familiar word (X + 加剂 =
 * 添加剂 for a term ending 加剂; 新原材料 is left alone because 材料 is already a word).
 */
public final class TermNearMissScanner {
    public static final String LEXICON = "official_terms";

    private final Map<String, LexiconEntry> terms = new HashMap<>();
    /** Listed four-character terms by first character and second word (智能制造 → 智制造): what a blend (智造) cuts. */
    private final Set<String> blendSources = new HashSet<>();
    private final PrefixIndex<LexiconEntry> byHalf = new PrefixIndex<>();
    private final WordDictionary words;
    private final HanziTable hanzi;
    private final ScanLimits limits;

    public TermNearMissScanner(Lexicon lexicon, WordDictionary words, HanziTable hanzi, ScanLimits limits) {
        this.words = words;
        this.hanzi = hanzi;
        this.limits = limits;
        if (lexicon == null) {
            return;
        }
        for (LexiconEntry e : lexicon.entries()) {
            String s = e.getText();
            terms.put(s, e);
            if (s.length() == 4 && Hanzi.countHan(s) == 4) {
                blendSources.add(s.charAt(0) + s.substring(2));
            }
            int h = s.length() / 2;
            if (Hanzi.countHan(s) >= limits.minTermLength()) {
                index(s.substring(0, h), e);
                index(s.substring(h), e);
            } else if (e.getValue().equals("tech") && s.length() - h >= 2) {
                index(s.substring(h), e); // short technical terms: checked for blends only
            }
        }
    }

    private void index(String half, LexiconEntry e) {
        byHalf.add(half, e);
    }

    public List<TermNearMiss> scan(Paragraph p) {
        String t = p.getText();
        Set<String> seen = new HashSet<>();
        List<TermNearMiss> out = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            int from = i;
            byHalf.forEachAt(t, i, (end, e) -> {
                boolean first = e.getText().startsWith(t.substring(from, end));
                int start = first ? from : end - e.getText().length();
                tryAt(p, start, e, seen, out);
                if (!first && e.getValue().equals("tech")) {
                    tryInsertion(p, start - 1, e, seen, out);
                }
            });
        }
        return longestOnly(out);
    }

    /** Drops a near miss lying inside a longer one (稳中求近 inside 稳中求近工作总基调). */
    private static List<TermNearMiss> longestOnly(List<TermNearMiss> all) {
        List<TermNearMiss> out = new ArrayList<>();
        for (TermNearMiss m : all) {
            boolean inside = all.stream().anyMatch(o -> o != m && o.getSpan().contains(m.getSpan())
                    && o.getSpan().getLength() > m.getSpan().getLength());
            if (!inside) {
                out.add(m);
            }
        }
        return out;
    }

    private void tryAt(Paragraph p, int start, LexiconEntry e, Set<String> seen, List<TermNearMiss> out) {
        String t = p.getText();
        String term = e.getText();
        int end = start + term.length();
        if (start < 0 || end > t.length() || Hanzi.countHan(term) < limits.minTermLength()) {
            return;
        }
        int diff = onlyDifference(t, start, term);
        if (diff < 0) {
            return;
        }
        char was = term.charAt(diff);
        char now = t.charAt(start + diff);
        if (!Hanzi.isHan(was) || !Hanzi.isHan(now) || Hanzi.isNumeral(was) && Hanzi.isNumeral(now)) {
            return;
        }
        boolean shape = hanzi.similarShape(was, now, limits.strokeGap());
        boolean sound = hanzi.similarSound(was, now);
        boolean parallel = parallel(term, diff);
        String window = t.substring(start, end);
        if (!(shape || sound || parallel) || terms.containsKey(window) || words.contains(window)
                || !seen.add(start + ":" + window)
                || WordBoundary.straddled(words, limits.commonWordFrequency(), t, start, end, start + diff,
                        start + diff + 1)) {
            return; // unlike in every way, another listed term, a word, or the change is part of a word across an edge
        }
        TermNearMiss.Setting setting = new TermNearMiss.Setting(quoted(t, start, end), coined(term, diff, now),
                diff > 0 && t.startsWith(term.substring(0, diff + 1), start - diff - 1),
                brokenWord(term, window, diff));
        out.add(new TermNearMiss(p.spanOf(start, end), term, e.getValue(), "substitution", Hanzi.countHan(term),
                shape, hanzi.strongShape(was, now), sound, parallel, setting));
    }

    /**
     * Whether the change makes the term's word a blend: the word (制造 of 绿色制造) has its first character replaced by
     * the first character of a listed term that ends with that word (智 of 智能制造), giving that term's short form
     * (智造). This is how slogans are coined from fixed terms; a change that merely yields some other word is no such
     * evidence, as input methods slip to whole words.
     */
    boolean coined(String term, int diff, char now) {
        String word = diff + 2 <= term.length() ? term.substring(diff, diff + 2) : "";
        return words.frequency(word) >= limits.commonWordFrequency() && blendSources.contains(now + word);
    }

    /** Whether the four-character term's half holding the change is a word and the window's half is none. */
    boolean brokenWord(String term, String window, int diff) {
        if (term.length() != 4 || Hanzi.countHan(term) != 4) {
            return false;
        }
        int from = diff < 2 ? 0 : 2;
        return words.contains(term.substring(from, from + 2)) && !words.contains(window.substring(from, from + 2));
    }

    /** Whether {@code t[start, end)} lies inside “…” (the nearest quotation mark before it opens a quotation). */
    static boolean quoted(String t, int start, int end) {
        int open = t.lastIndexOf('“', start);
        int close = t.lastIndexOf('”', start);
        return open >= 0 && open > close && t.indexOf('”', end) >= 0;
    }

    /** Where {@code t[start, start+|term|)} differs from {@code term}, if in exactly one place; else -1. */
    private static int onlyDifference(String t, int start, String term) {
        int at = -1;
        for (int i = 0; i < term.length(); i++) {
            if (t.charAt(start + i) != term.charAt(i)) {
                if (at >= 0) {
                    return -1;
                }
                at = i;
            }
        }
        return at;
    }

    /** {@code t[start, start+|term|+1)} is the term with one character inserted inside, forming a word with the tail. */
    private void tryInsertion(Paragraph p, int start, LexiconEntry e, Set<String> seen, List<TermNearMiss> out) {
        String t = p.getText();
        String term = e.getText();
        int end = start + term.length() + 1;
        if (start < 0 || end > t.length()) {
            return;
        }
        String window = t.substring(start, end);
        for (int k = 1; k < term.length(); k++) {
            String tail = term.substring(k);
            if (window.startsWith(term.substring(0, k)) && window.endsWith(tail) && tail.length() >= 2
                    && words.frequency(tail) < limits.commonWordFrequency() && Hanzi.isHan(window.charAt(k)) && !terms.containsKey(window)
                    && !words.contains(window) && words.frequency(window.substring(k)) >= limits.commonWordFrequency()
                    && seen.add(start + ":" + window)) {
                out.add(new TermNearMiss(p.spanOf(start, end), term, e.getValue(), "insertion", Hanzi.countHan(term),
                        false, false, false, false,
                        new TermNearMiss.Setting(quoted(t, start, end), false, false, false)));
                return;
            }
        }
    }

    /** The index where {@code a} and {@code b} (same length) differ, if they differ in exactly one place; else -1. */
    static int onlyDifference(String a, String b) {
        if (a.length() != b.length()) {
            return -1;
        }
        int at = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (at >= 0) {
                    return -1;
                }
                at = i;
            }
        }
        return at;
    }

    /** Whether the term is an enumeration (、) and at least two other items have the same character at that place. */
    static boolean parallel(String term, int at) {
        if (term.indexOf('、') < 0) {
            return false;
        }
        int itemStart = term.lastIndexOf('、', at) + 1;
        int offset = at - itemStart;
        int same = 0;
        for (String item : term.split("、")) {
            same += item.length() > offset && item.charAt(offset) == term.charAt(at) ? 1 : 0;
        }
        return same >= 3;
    }
}
