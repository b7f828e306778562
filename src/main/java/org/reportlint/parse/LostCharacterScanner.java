package org.reportlint.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.LostCharacter;
import org.reportlint.facts.Paragraph;

/**
 * Finds paragraphs that open with a fragment: the paragraph before is a heading (a short sentence), the opening
 * characters form no word, and one character in front of them makes a dictionary phrase of four or more characters
 * (力发展 → 大力发展).
 */
public final class LostCharacterScanner {
    /** Characters that end a sentence or a heading, after which a paragraph starts afresh. */
    private static final String SENTENCE_END = "。！？；：!?;:";
    private static final int MIN_TAIL = 3;
    /** Longest paragraph that counts as a heading before the fragment (办好人民满意教育。). */
    private static final int MAX_HEADING = 30;
    private static final int MAX_TAIL = 5;

    private final WordDictionary words;
    private final int minWordFrequency;
    private final List<String> candidates;
    /**
     * For each tail of {@value #MIN_TAIL}–{@value #MAX_TAIL} characters, the phrase that the best-ranked candidate
     * character in front of it makes (built on first use): one look-up per tail instead of one per candidate.
     */
    private volatile Map<String, String> phraseByTail;

    /**
     * @param minWordFrequency frequency from which a word at the paragraph start shows it is no fragment
     * @param candidates       how many of the most frequent characters are tried as the lost one
     */
    public LostCharacterScanner(WordDictionary words, int minWordFrequency, int candidates) {
        this.words = words;
        this.minWordFrequency = minWordFrequency;
        List<String> all = words.characters();
        this.candidates = all.subList(0, Math.min(candidates, all.size()));
    }

    public List<LostCharacter> scan(List<Paragraph> paragraphs) {
        List<LostCharacter> out = new ArrayList<>();
        for (int i = 1; i < paragraphs.size(); i++) {
            String before = paragraphs.get(i - 1).getText().strip();
            Paragraph p = paragraphs.get(i);
            String t = p.getText();
            if (before.isEmpty() || before.length() > MAX_HEADING
                    || SENTENCE_END.indexOf(before.charAt(before.length() - 1)) < 0
                    || t.length() < MIN_TAIL || !Hanzi.allHan(t, 0, MIN_TAIL) || startsWithWord(t)) {
                continue;
            }
            LostCharacter lost = phrase(p);
            if (lost != null) {
                out.add(lost);
            }
        }
        return out;
    }

    private boolean startsWithWord(String t) {
        for (int k = 2; k <= Math.min(t.length(), MAX_TAIL); k++) {
            if (words.frequency(t.substring(0, k)) >= minWordFrequency) {
                return true;
            }
        }
        return false;
    }

    /** The longest phrase that one character in front of the paragraph's opening makes, or null. */
    private LostCharacter phrase(Paragraph p) {
        String t = p.getText();
        for (int k = Math.min(MAX_TAIL, t.length()); k >= MIN_TAIL; k--) {
            if (!Hanzi.allHan(t, 0, k)) {
                continue;
            }
            String w = phrases().get(t.substring(0, k));
            if (w != null) {
                return new LostCharacter(p.spanOf(0, k), w);
            }
        }
        return null;
    }

    /** Dictionary phrases, not personal names, of a candidate character and a tail, the best-ranked one per tail. */
    private Map<String, String> phrases() {
        Map<String, String> m = phraseByTail;
        if (m == null) {
            Map<Character, Integer> rank = new HashMap<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (candidates.get(i).length() == 1) {
                    rank.putIfAbsent(candidates.get(i).charAt(0), i);
                }
            }
            Map<String, String> built = new HashMap<>();
            words.forEach(MIN_TAIL + 1, MAX_TAIL + 1, (w, f, pos) -> {
                Integer r = rank.get(w.charAt(0));
                if (r != null && pos != null && !pos.startsWith("nr")) {
                    built.merge(w.substring(1), w, (a, b) -> rank.get(a.charAt(0)) <= rank.get(b.charAt(0)) ? a : b);
                }
            });
            m = built;
            phraseByTail = m;
        }
        return m;
    }
}
