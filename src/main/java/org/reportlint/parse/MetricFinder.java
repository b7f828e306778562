package org.reportlint.parse;

import java.util.List;
import java.util.Set;
import org.reportlint.data.WordDictionary;

/**
 * Finds the metric a figure quantifies: the noun phrase just before it in its clause, once the verbs, bases
 * and qualifiers between them are skipped ({@code 地区生产总值比上年增长5%} → 地区生产总值); a name from
 * {@code metrics.tsv} wins and gives the canonical metric. Also the noun right after a count
 * ({@code 98个重点项目} → 重点项目). Returns nothing when unsure.
 */
final class MetricFinder {
    static final int MAX_METRIC = 16;
    private static final int MAX_WORD = 8;
    private static final String[] SKIP_ROLES = {"verb", "up", "down", "to", "from", "base", "target", "expected",
        "achieved", "respective", "rate-noun", "approx-before", "near-before", "at-least-before", "at-most-before",
        "total", "lead"};
    private static final Set<String> NOMINAL = Set.of("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "vn", "an",
            "j", "eng", "b", "a", "l", "nw");

    /** What was found: paragraph-text offsets and the canonical metric (the written text when not in the list). */
    record Found(int start, int end, String canonical) {
    }

    private final QuantityData data;
    private final CueTable cues;

    MetricFinder(QuantityData data) {
        this.data = data;
        this.cues = data.cues();
    }

    /**
     * The metric before {@code end} within {@code [limit, end)}, or null. {@code times} are the spans of years
     * and periods in the paragraph: a comparison base such as {@code 较2019年} between metric and figure is skipped.
     */
    Found before(String t, int end, int limit, List<int[]> times) {
        int e = skipRight(t, end, limit);
        for (int[] time : times) {
            if (time[1] == e && time[0] >= limit) {
                e = skipRight(t, time[0], limit);
                String prefix = cues.endingAt("base-prefix", t, e, limit);
                e = skipRight(t, prefix == null ? e : e - prefix.length(), limit);
            }
        }
        if (e - limit < 2) {
            return null;
        }
        QuantityData.MetricMatch known = data.metricEndingAt(t, e, limit);
        int s;
        String canonical = null;
        if (known != null) {
            s = known.start();
            canonical = known.canonical();
        } else {
            s = nounPhraseStart(t, limit, e);
        }
        s = skipLead(t, s, e);
        if (e - s < 2 || e - s > MAX_METRIC) {
            return null;
        }
        return new Found(s, e, canonical != null ? canonical : t.substring(s, e));
    }

    /**
     * Whether {@code t[prevEnd, end)} is one separator and cue words only (5.2万亿元、增长5.4%): the figure at
     * {@code end} goes on describing the metric of the figure ending at {@code prevEnd}.
     */
    boolean continues(String t, int prevEnd, int end) {
        int e = skipRight(t, end, prevEnd);
        return e == prevEnd + 1 && (t.charAt(prevEnd) == '、' || t.charAt(prevEnd) == '，') && e < end;
    }

    /** The noun phrase right after a count, within {@code [start, limit)}, or null. */
    String after(String t, int start, int limit) {
        WordDictionary words = data.words();
        int i = start;
        while (i < limit && i - start < 12) {
            int len = wordAt(words, t, i, limit);
            String w = t.substring(i, i + len);
            if (!Qualifiers.isHan(t.charAt(i)) || !nominal(words, w) || w.equals("的")) {
                break;
            }
            i += len;
        }
        return i - start >= 1 ? t.substring(start, i) : null;
    }

    /** Skips, right to left, the cue words and particles between a metric and its figure. */
    private int skipRight(String t, int end, int limit) {
        int e = end;
        boolean moved = true;
        while (moved && e > limit) {
            moved = false;
            char c = t.charAt(e - 1);
            if (c == '了' || c == '的' || c == '在' || Character.isWhitespace(c)) {
                e--;
                moved = true;
                continue;
            }
            for (String role : SKIP_ROLES) {
                String w = cues.endingAt(role, t, e, limit);
                if (w != null && e - w.length() >= limit) {
                    e -= w.length();
                    moved = true;
                    break;
                }
            }
        }
        return e;
    }

    private int skipLead(String t, int s, int e) {
        boolean moved = true;
        while (moved && s < e) {
            moved = false;
            String w = cues.startingAt("lead", t, s);
            if (w != null && s + w.length() < e) {
                s += w.length();
                moved = true;
            }
        }
        return s;
    }

    /** Reverse maximum matching from {@code end}: the start of the run of nominal words that ends there. */
    private int nounPhraseStart(String t, int limit, int end) {
        WordDictionary words = data.words();
        int s = end;
        while (s > limit && end - s < MAX_METRIC) {
            int len = wordEndingAt(words, t, s, limit);
            String head = cues.endingAt("metric-head", t, s, limit);
            if (head != null) {
                len = head.length();
            }
            String w = t.substring(s - len, s);
            if (head == null && !nominal(words, w)) {
                break;
            }
            s -= len;
        }
        return s;
    }

    private static boolean nominal(WordDictionary words, String w) {
        if (isAscii(w.charAt(0))) {
            return true;
        }
        String pos = words.partOfSpeech(w);
        return pos != null && NOMINAL.contains(pos);
    }

    static int wordEndingAt(WordDictionary words, String t, int end, int limit) {
        if (isAscii(t.charAt(end - 1))) {
            int s = end - 1;
            while (s > limit && isAscii(t.charAt(s - 1))) {
                s--;
            }
            return end - s;
        }
        for (int len = Math.min(MAX_WORD, end - limit); len > 1; len--) {
            if (words.contains(t.substring(end - len, end))) {
                return len;
            }
        }
        return 1;
    }

    static int wordAt(WordDictionary words, String t, int i, int limit) {
        if (isAscii(t.charAt(i))) {
            int e = i + 1;
            while (e < limit && isAscii(t.charAt(e))) {
                e++;
            }
            return e - i;
        }
        for (int len = Math.min(MAX_WORD, limit - i); len > 1; len--) {
            if (words.contains(t.substring(i, i + len))) {
                return len;
            }
        }
        return 1;
    }

    private static boolean isAscii(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.';
    }
}
