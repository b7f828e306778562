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
        for (int s = Math.max(0, from - MAX_WORD + 1); s < from; s++) {
            for (int e = from + 1; e < to && e - s <= MAX_WORD; e++) {
                if (words.frequency(t.substring(s, e)) >= minFrequency) {
                    return true;
                }
            }
        }
        for (int s = from + 1; s < to; s++) {
            for (int e = to + 1; e <= Math.min(t.length(), s + MAX_WORD); e++) {
                if (words.frequency(t.substring(s, e)) >= minFrequency) {
                    return true;
                }
            }
        }
        return false;
    }
}
