package org.reportlint.parse;

import java.math.BigDecimal;
import org.reportlint.data.DataSet;
import org.reportlint.facts.Threshold;

/**
 * The tuning numbers of the typo scanners, from {@code rules/data/thresholds.tsv} ({@code typo.*}), with the
 * documented defaults when a threshold is missing.
 *
 * @param commonWordFrequency jieba frequency from which a word counts as common
 * @param regionWindow        paragraphs either side that decide the region of a paragraph
 * @param maxStem             longest stem before a division suffix that is tried
 * @param strokeGap           largest stroke-count difference of same-radical look-alikes
 * @param maxContextWord      longest local-context word after a place name
 * @param minTermLength       shortest official term checked for one-character slips
 * @param minFragmentWordFrequency jieba frequency of a word at a paragraph start that shows it is no fragment
 * @param lostCharacterCandidates  how many of the most frequent characters are tried as a lost first character
 */
public record ScanLimits(int commonWordFrequency, int regionWindow, int maxStem, int strokeGap, int maxContextWord,
        int minTermLength, int minFragmentWordFrequency, int lostCharacterCandidates) {

    public static ScanLimits of(DataSet data) {
        return new ScanLimits(get(data, "typo.common_word_frequency", 50), get(data, "typo.region_window", 40),
                get(data, "typo.max_place_stem", 3), get(data, "typo.stroke_gap", 3),
                get(data, "typo.max_context_word", 6), get(data, "typo.min_term_length", 4),
                get(data, "typo.min_fragment_word_frequency", 5), get(data, "typo.lost_character_candidates", 1500));
    }

    /** The threshold {@code name} as a whole number, or {@code fallback} when it is missing. */
    static int get(DataSet data, String name, int fallback) {
        Threshold t = data.threshold(name);
        BigDecimal v = t == null ? null : t.getValue();
        return v == null ? fallback : v.intValue();
    }
}
