package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
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
            String tail = t.substring(0, k);
            for (String c : candidates) {
                String w = c + tail;
                String pos = words.partOfSpeech(w);
                if (pos != null && !pos.startsWith("nr")) {
                    return new LostCharacter(p.spanOf(0, k), w);
                }
            }
        }
        return null;
    }
}
