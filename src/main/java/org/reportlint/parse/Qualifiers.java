package org.reportlint.parse;

import org.reportlint.data.WordDictionary;
import org.reportlint.facts.Bound;

/**
 * Reads the cue words around a figure ({@code 约}, {@code 近}, {@code 超过}, {@code 不低于} before it; {@code 左右},
 * {@code 以上}, {@code 以内} after it) into its approximation and bound, and widens its extent to cover them.
 */
final class Qualifiers {
    private final CueTable cues;
    private final WordDictionary words;

    Qualifiers(CueTable cues, WordDictionary words) {
        this.cues = cues;
        this.words = words;
    }

    void apply(String t, Draft d, int limit) {
        after(t, d);
        before(t, d, limit);
    }

    private void after(String t, Draft d) {
        int at = d.end;
        String w;
        if ((w = cues.startingAt("approx-after", t, at)) != null && !gluedRight(t, at, w)) {
            d.approximate = true;
        } else if ((w = cues.startingAt("at-least-after", t, at)) != null && !gluedRight(t, at, w)) {
            bound(d, Bound.AT_LEAST);
        } else if ((w = cues.startingAt("at-most-after", t, at)) != null && !gluedRight(t, at, w)) {
            bound(d, Bound.AT_MOST);
        } else {
            return;
        }
        d.extentEnd = at + w.length();
    }

    private void before(String t, Draft d, int limit) {
        int at = d.extentStart;
        for (String role : new String[] {"at-most-before", "at-least-before", "near-before", "approx-before"}) {
            String w = cues.endingAt(role, t, at, limit);
            if (w == null || gluedLeft(t, at - w.length(), w)) {
                continue;
            }
            switch (role) {
                case "approx-before" -> d.approximate = true;
                case "near-before" -> {
                    d.approximate = true;
                    bound(d, Bound.AT_MOST);
                }
                case "at-least-before" -> bound(d, Bound.AT_LEAST);
                default -> bound(d, Bound.AT_MOST);
            }
            d.extentStart = at - w.length();
            return;
        }
    }

    /** A range keeps its ends; otherwise the bound opens the other end. */
    private static void bound(Draft d, Bound b) {
        if (d.bound == Bound.RANGE) {
            return;
        }
        if (b == Bound.AT_LEAST) {
            d.high = d.bound == Bound.AT_LEAST ? d.high : null;
            d.low = d.value;
        } else {
            d.low = null;
            d.high = d.value;
        }
        d.bound = b;
    }

    /** Whether the cue before a figure is really the end of a longer word (通过 is not 过, 节约 is not 约). */
    private boolean gluedLeft(String t, int cueStart, String cue) {
        if (cueStart == 0 || !isHan(t.charAt(cueStart - 1))) {
            return false;
        }
        String longer = t.charAt(cueStart - 1) + cue;
        return words.contains(longer) && !isCue(longer) && !isCue(String.valueOf(t.charAt(cueStart - 1)));
    }

    /** Whether the cue after a figure begins a longer word (上下游 is not 上下). */
    private boolean gluedRight(String t, int cueStart, String cue) {
        int next = cueStart + cue.length();
        return next < t.length() && isHan(t.charAt(next)) && words.contains(cue + t.charAt(next));
    }

    private boolean isCue(String w) {
        for (String role : new String[] {"verb", "up", "down", "to", "base", "target", "lead"}) {
            if (cues.has(role, w)) {
                return true;
            }
        }
        return false;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
