package org.reportlint.parse;

import java.util.List;
import java.util.function.BiPredicate;
import org.reportlint.data.Gazetteer;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.PlaceSuspect;

/**
 * Finds bare names one character off a place of the report's own province, where the text says such a place is
 * meant ({@link PlaceCues}): a token that is no word and no place anywhere, whose differing character looks or
 * sounds alike (某春 in a list of Jilin's cities for 长春), and a real place of another province named where the
 * province's own is expected (a county of Hebei in a list of Inner Mongolia's cities, one character off one of them).
 */
final class HomePlaceScanner {
    private final Gazetteer gazetteer;
    private final WordDictionary words;
    private final PlaceCues cues;
    private final int commonWordFrequency;
    private final BiPredicate<String, String> lookAlike;
    private final BiPredicate<String, String> strongLookAlike;

    /**
     * @param lookAlike       whether two names of equal length differ in a character that looks or sounds alike
     * @param strongLookAlike the same by the strong signs only (listed look-alikes, four corners, sound)
     */
    HomePlaceScanner(Gazetteer gazetteer, WordDictionary words, PlaceCues cues, int commonWordFrequency,
            BiPredicate<String, String> lookAlike, BiPredicate<String, String> strongLookAlike) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.cues = cues;
        this.commonWordFrequency = commonWordFrequency;
        this.lookAlike = lookAlike;
        this.strongLookAlike = strongLookAlike;
    }

    /**
     * Adds the suspects of one paragraph to {@code out}.
     *
     * @param mentions the real place names of the paragraph, longest first at each position
     */
    void scan(Paragraph p, List<PlaceMention> mentions, HomeStems home, String doc, List<Object> out) {
        String t = p.getText();
        List<int[]> items = EnumerationItems.of(t);
        for (int i = 0; i + 1 < t.length(); i++) {
            for (int len = 2; len <= home.longest() && i + len <= t.length(); len++) {
                if (!unified(t.charAt(i + len - 1)) || !unified(t.charAt(i))) {
                    break;
                }
                int position = home.nearPosition(t, i, len);
                if (position == HomeStems.NONE) {
                    continue;
                }
                String w = t.substring(i, i + len);
                List<String> near = home.oneOff(w, position).stream().filter(n -> !numeralChanged(w, n)).toList();
                if (near.isEmpty()) {
                    continue;
                }
                PlaceSuspect s = gazetteer.isPlaceName(w) ? foreign(p, items, mentions, i, i + len, near, home, doc)
                        : unknown(p, items, mentions, i, i + len, near, home, doc);
                if (s != null) {
                    out.add(s);
                }
            }
        }
    }

    /** A token that names no place and is no word, one look-alike character off a home stem. */
    private PlaceSuspect unknown(Paragraph p, List<int[]> items, List<PlaceMention> mentions, int start, int end,
            List<String> near, HomeStems home, String doc) {
        String t = p.getText();
        String w = t.substring(start, end);
        String pick = uniqueLookAlike(w, near);
        if (pick == null || words.contains(w) || overlapsName(mentions, p, start, end) || joinsWord(t, start - 1)
                || joinsWord(t, end - 1) || home.abbreviatesHomePlaces(w)) {
            return null;
        }
        String cue = cues.cue(t, items, start, end, pick, home, false);
        boolean weak = cue.equals(PlaceCues.VERB) || cue.equals(PlaceCues.CLAUSE);
        if (weak && (occurrences(doc, pick) == 0 || !strongLookAlike.test(w, pick))) {
            return null; // weak cues: only a strong look-alike of a place the report names elsewhere
        }
        return cue.isEmpty() ? null : suspect(p, start, end, pick, false, home, doc, cue);
    }

    /**
     * A real place of another province, one character off a home stem, where a home place is expected; the
     * suggestion is the look-alike stem, else the only near stem, else the only one the document names elsewhere
     * (the province's own name always is), else none.
     */
    private PlaceSuspect foreign(Paragraph p, List<int[]> items, List<PlaceMention> mentions, int start, int end,
            List<String> near, HomeStems home, String doc) {
        String t = p.getText();
        String w = t.substring(start, end);
        if (!home.isForeign(w) || !mentionAt(mentions, p, start, end) || headOfLongerName(t, start, end)) {
            return null;
        }
        String pick = uniqueLookAlike(w, near);
        if (pick == null) {
            List<String> local = near.size() == 1 ? near
                    : near.stream().filter(n -> doc.contains(n) && !home.isProvince(n)).toList();
            pick = local.size() == 1 ? local.get(0) : null;
        }
        String cue = cues.cue(t, items, start, end, pick, home, true);
        return cue.isEmpty() ? null : suspect(p, start, end, pick, true, home, doc, cue);
    }

    /** Whether a longer real place name, a township's included, starts with the token (松江河 of 松江). */
    private boolean headOfLongerName(String t, int start, int end) {
        for (int k = end + 1; k <= Math.min(t.length(), start + PlaceSetting.MAX_NAME); k++) {
            String name = t.substring(start, k);
            if (gazetteer.isPlaceName(name)
                    || PlaceScanner.SUFFIXES.stream().anyMatch(x -> gazetteer.isPlaceName(name + x))) {
                return true;
            }
        }
        return false;
    }

    /** The one stem whose differing character looks or sounds alike, or null. */
    private String uniqueLookAlike(String w, List<String> near) {
        String pick = null;
        for (String stem : near) {
            if (lookAlike.test(w, stem)) {
                if (pick != null) {
                    return null;
                }
                pick = stem;
            }
        }
        return pick;
    }

    private PlaceSuspect suspect(Paragraph p, int start, int end, String pick, boolean real, HomeStems home,
            String doc, String cue) {
        String t = p.getText();
        PlaceSuspect.Setting at = new PlaceSuspect.Setting(PlaceSetting.quoted(t, start, end),
                PlaceSetting.routeEnd(gazetteer, t, start, end), cue);
        String w = t.substring(start, end);
        return new PlaceSuspect(p.spanOf(start, end), pick, home.province(), real, false,
                pick != null && lookAlike.test(w, pick), false, occurrences(doc, w), at);
    }

    /** Whether {@code c} is a CJK unified ideograph of the basic block, where every division name lies (fast). */
    private static boolean unified(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    /**
     * Whether the text {@code a} has a numeral where stem {@code b} differs: a numeral in the text means a count or a
     * name of its own (三门, 五安), while a stem's numeral may well be mistyped (共盘水 for 六盘水).
     */
    private static boolean numeralChanged(String a, String b) {
        for (int k = 0; k < a.length(); k++) {
            if (a.charAt(k) != b.charAt(k)) {
                return Hanzi.isNumeral(a.charAt(k));
            }
        }
        return false;
    }

    /** Whether the characters at {@code i} and {@code i + 1} form a common word (the token would split it). */
    private boolean joinsWord(String t, int i) {
        return i >= 0 && i + 2 <= t.length() && words.frequency(t.substring(i, i + 2)) >= commonWordFrequency;
    }

    private static boolean overlapsName(List<PlaceMention> mentions, Paragraph p, int start, int end) {
        for (PlaceMention m : mentions) {
            if (m.paragraph() == p.getIndex() && m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a place-like mention covers exactly {@code [start, end)}, so the token is a whole name. */
    private static boolean mentionAt(List<PlaceMention> mentions, Paragraph p, int start, int end) {
        for (PlaceMention m : mentions) {
            if (m.paragraph() == p.getIndex() && m.start() == start && m.end() == end && m.placeLike()) {
                return true;
            }
        }
        return false;
    }

    static int occurrences(String text, String s) {
        int n = 0;
        for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
            n++;
        }
        return n;
    }
}
