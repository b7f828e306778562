package org.reportlint.parse;

import java.util.List;
import org.reportlint.data.Gazetteer;
import org.reportlint.data.Lexicon;
import org.reportlint.data.WordDictionary;

/**
 * What the text around a token says about a place of the report's own province being meant there: the token opens
 * or closes an item of a 、-list whose other items are the province's places (长春、松原、某城入选), it follows the
 * province's or its prefecture's name (天津某海), it stands before a site word (某某站, 某某机场), or it ends a route
 * whose other end is a real place (南宁至某海), or it follows a common verb (支持某某) or starts a clause (weak cues: the
 * scanner asks more of them).
 */
final class PlaceCues {
    static final String LIST = "list";
    static final String PARENT = "parent";
    static final String SITE = "site";
    static final String ROUTE = "route";
    static final String VERB = "verb";
    static final String CLAUSE = "clause";
    /** Punctuation after which a clause, and often its subject, begins. */
    private static final String CLAUSE_MARKS = "。；，：！？;,:!?";
    /** Marks that end a sentence: a list does not run across them. */
    private static final String SENTENCE_END = "。；;！？!?";
    /** Longest province or prefecture name looked for right before a token (内蒙古自治区 is six). */
    private static final int MAX_PARENT = 8;

    private final Gazetteer places;
    private final WordDictionary words;
    private final int commonWordFrequency;
    private final Lexicon sites;
    private final int maxSiteWord;

    /** @param sites the site words (rules/data/place_sites.tsv); null gives no site cue */
    PlaceCues(Gazetteer places, WordDictionary words, ScanLimits limits, Lexicon sites) {
        this.places = places;
        this.words = words;
        this.commonWordFrequency = limits.commonWordFrequency();
        this.maxSiteWord = limits.maxContextWord();
        this.sites = sites;
    }

    /**
     * The cue for {@code t[start, end)} suggesting {@code stem}, or "".
     *
     * @param strict for a real place of another province: only a list whose neighbouring item is a home place and
     *               that names no other foreign place, or the parent name, counts (a site word does not: 天津港)
     */
    String cue(String t, List<int[]> items, int start, int end, String stem, HomeStems home, boolean strict) {
        if (parent(t, start, stem, home)) {
            return PARENT;
        }
        if (listed(t, items, start, end, home, strict)) {
            return LIST;
        }
        if (strict) {
            return "";
        }
        return beforeSite(t, end) ? SITE : PlaceSetting.routeEnd(places, t, start, end) ? ROUTE
                : afterVerb(t, start) ? VERB : clauseStart(t, start) ? CLAUSE : "";
    }

    /** Whether {@code start} begins the paragraph or follows clause punctuation (the subject of a clause). */
    private static boolean clauseStart(String t, int start) {
        return start == 0 || CLAUSE_MARKS.indexOf(t.charAt(start - 1)) >= 0;
    }

    /** Whether a common two-character verb stands right before {@code start} (支持某某, 推进某某). */
    private boolean afterVerb(String t, int start) {
        if (start < 2) {
            return false;
        }
        String w = t.substring(start - 2, start);
        String pos = words.partOfSpeech(w);
        return pos != null && pos.startsWith("v") && words.frequency(w) >= commonWordFrequency;
    }

    private static boolean parent(String t, int start, String stem, HomeStems home) {
        for (int len = 2; len <= Math.min(MAX_PARENT, start); len++) {
            if (home.isParent(t.substring(start - len, start), stem)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token opens an item after a 、 or closes one before it, and the list names home places. */
    private static boolean listed(String t, List<int[]> items, int start, int end, HomeStems home, boolean strict) {
        for (int k = 0; k < items.size(); k++) {
            int[] item = items.get(k);
            boolean opens = item[0] == start && start > 0 && t.charAt(start - 1) == '、';
            boolean closes = item[1] == end && end < t.length() && t.charAt(end) == '、';
            if (item[0] > start || item[1] < end || !opens && !closes) {
                continue;
            }
            if (strict) {
                boolean neighbour = opens && homeItem(t, items, k - 1, home)
                        || closes && homeItem(t, items, k + 1, home);
                return neighbour && !foreignInSentence(t, items, k, home);
            }
            return homeInSentence(t, items, k, home) > 0;
        }
        return false;
    }

    /** How many other items of item {@code k}'s sentence begin or end with a home place. */
    private static int homeInSentence(String t, List<int[]> items, int k, HomeStems home) {
        int n = 0;
        for (int j = 0; j < items.size(); j++) {
            if (j != k && sameSentence(t, items.get(j), items.get(k)) && homeItem(t, items, j, home)) {
                n++;
            }
        }
        return n;
    }

    private static boolean foreignInSentence(String t, List<int[]> items, int k, HomeStems home) {
        for (int j = 0; j < items.size(); j++) {
            int[] item = items.get(j);
            if (j != k && sameSentence(t, item, items.get(k)) && endsName(t, item, home::isForeign)) {
                return true;
            }
        }
        return false;
    }

    private static boolean homeItem(String t, List<int[]> items, int k, HomeStems home) {
        return k >= 0 && k < items.size() && endsName(t, items.get(k), home::isHome);
    }

    /** Whether the item begins or ends with a name of two or more characters that passes {@code test}. */
    private static boolean endsName(String t, int[] item, java.util.function.Predicate<String> test) {
        String s = t.substring(item[0], item[1]);
        for (int len = 2; len <= Math.min(s.length(), MAX_PARENT); len++) {
            if (test.test(s.substring(0, len)) || test.test(s.substring(s.length() - len))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSentence(String t, int[] a, int[] b) {
        int from = Math.min(a[0], b[0]);
        int to = Math.max(a[1], b[1]);
        for (int i = from; i < to; i++) {
            if (SENTENCE_END.indexOf(t.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private boolean beforeSite(String t, int end) {
        if (sites == null) {
            return false;
        }
        for (int len = Math.min(t.length() - end, maxSiteWord); len >= 1; len--) {
            if (sites.contains(t.substring(end, end + len))) {
                return true;
            }
        }
        return false;
    }
}
