package org.reportlint.parse;

import org.reportlint.data.Gazetteer;
import org.reportlint.facts.PlaceSuspect;

/** What the text around a place-like token says about it: quotation marks around it, a route it ends. */
final class PlaceSetting {
    /** Marks joining the two ends of a route: 重庆至武汉, 郑州到西安, 武汉—重庆. */
    static final String ROUTE_MARKS = "至到—－-~～";
    /** Longest place name looked for at the other end of a route. */
    static final int MAX_NAME = 6;

    private PlaceSetting() {
    }

    static PlaceSuspect.Setting of(Gazetteer places, String t, int start, int end) {
        return new PlaceSuspect.Setting(quoted(t, start, end), routeEnd(places, t, start, end));
    }

    /** Whether {@code t[start, end)} is exactly what a pair of quotation marks holds (“深水区”). */
    static boolean quoted(String t, int start, int end) {
        return start > 0 && end < t.length() && (t.charAt(start - 1) == '“' && t.charAt(end) == '”'
                || t.charAt(start - 1) == '‘' && t.charAt(end) == '’');
    }

    /** Whether a route mark and a real place name stand right before {@code start} or right after {@code end}. */
    static boolean routeEnd(Gazetteer places, String t, int start, int end) {
        int before = skipMarks(t, start - 1, -1);
        if (before < start - 1) {
            for (int k = Math.max(0, before + 1 - MAX_NAME); k <= before - 1; k++) {
                if (places.isPlaceName(t.substring(k, before + 1))) {
                    return true;
                }
            }
        }
        int after = skipMarks(t, end, 1);
        if (after > end) {
            for (int k = after + 2; k <= Math.min(t.length(), after + MAX_NAME); k++) {
                if (places.isPlaceName(t.substring(after, k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first index from {@code i} in direction {@code step} that is no route mark (at most two marks: ——). */
    private static int skipMarks(String t, int i, int step) {
        int k = i;
        while (k >= 0 && k < t.length() && Math.abs(k - i) < 2 && ROUTE_MARKS.indexOf(t.charAt(k)) >= 0) {
            k += step;
        }
        return k;
    }
}
