package org.reportlint.parse;

import org.reportlint.data.WordDictionary;

/** Whether a stretch of text lines up with word boundaries, judged by the general word list. */
final class WordBoundary {
    private static final int MAX_WORD = 6;

    private WordBoundary() {
    }

    /**
     * Whether a common word (frequency at least {@code minFrequency}) starts before {@code [from, to)} and ends inside
     * it, or starts inside it and ends after it: 论着 in 讨论着 is straddled by 讨论.
     */
    static boolean straddled(WordDictionary words, int minFrequency, String t, int from, int to) {
        return straddled(words, minFrequency, t, from, to, from, to);
    }

    /**
     * Whether such a word also covers some index of {@code [coverFrom, coverTo)}: a word across the boundary that
     * takes in a changed character (美丽中学|生 for 美丽中国: 学生) makes a near miss legitimate, one that takes in
     * only unchanged characters (规定清神|学: 神学) does not.
     */
    static boolean straddled(WordDictionary words, int minFrequency, String t, int from, int to, int coverFrom,
            int coverTo) {
        for (int s = Math.max(0, from - MAX_WORD + 1); s < from; s++) {
            for (int e = Math.max(from + 1, coverFrom + 1); e < to && e - s <= MAX_WORD; e++) {
                if (words.frequency(t.substring(s, e)) >= minFrequency) {
                    return true;
                }
            }
        }
        for (int s = from + 1; s < to && s < coverTo; s++) {
            for (int e = to + 1; e <= Math.min(t.length(), s + MAX_WORD); e++) {
                if (words.frequency(t.substring(s, e)) >= minFrequency) {
                    return true;
                }
            }
        }
        return false;
    }
}
