package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.data.Division;
import org.reportlint.data.Gazetteer;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.Paragraph;

/**
 * Finds the names of real divisions (county level and above, full names and short forms) in a paragraph, longest
 * name first at each position.
 */
final class PlaceMentionScanner {
    private final Gazetteer gazetteer;
    private final WordDictionary words;
    private final int commonWordFrequency;

    /** @param commonWordFrequency a short form that is a non-place word at least this frequent is not place-like */
    PlaceMentionScanner(Gazetteer gazetteer, WordDictionary words, int commonWordFrequency) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.commonWordFrequency = commonWordFrequency;
    }

    List<PlaceMention> scan(Paragraph p) {
        List<PlaceMention> out = new ArrayList<>();
        String t = p.getText();
        int i = 0;
        while (i < t.length()) {
            int end = longestName(t, i);
            if (end < 0) {
                i++;
                continue;
            }
            String name = t.substring(i, end);
            List<Division> ds = gazetteer.resolve(name).stream().filter(Division::isCountyOrAbove).toList();
            if (!ds.isEmpty()) {
                out.add(new PlaceMention(p.getIndex(), i, end, name, ds, placeLike(name)));
            }
            i = end;
        }
        return out;
    }

    private int longestName(String t, int from) {
        int best = -1;
        if (from + 1 >= t.length() || !gazetteer.startsName(t.charAt(from), t.charAt(from + 1))) {
            return best;
        }
        for (int j = from + 2; j <= t.length() && (j == from + 2 || gazetteer.hasPrefix(t.substring(from, j - 1))); j++) {
            if (gazetteer.isReal(t.substring(from, j))) {
                best = j;
            }
        }
        return best;
    }

    private boolean placeLike(String name) {
        if (!gazetteer.named(name).isEmpty()) {
            return true;
        }
        String pos = words.partOfSpeech(name);
        return pos == null || pos.startsWith("ns") || words.frequency(name) < commonWordFrequency;
    }
}
