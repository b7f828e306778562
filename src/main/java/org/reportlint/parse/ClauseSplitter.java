package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.facts.Clause;
import org.reportlint.facts.Sentence;

/**
 * Splits a sentence into clauses at ，、：and ASCII {@code , :} (not between digits: 1,234 and 10:30 are numbers),
 * outside matched quotes and brackets. A heading number opening the sentence ({@code 一、}) stays in the first
 * clause. The sentence's final mark ends its last clause.
 */
public final class ClauseSplitter {
    static final String MARKS = "，、：,:";

    private ClauseSplitter() {
    }

    public static List<Clause> split(Sentence s) {
        String t = s.getText();
        int[] depth = Nesting.depths(t);
        int stop = t.length();
        while (stop > 0 && (SentenceSplitter.ENDS.indexOf(t.charAt(stop - 1)) >= 0 || t.charAt(stop - 1) == '.'
                || Character.isWhitespace(t.charAt(stop - 1)))) {
            stop--;
        }
        List<Clause> out = new ArrayList<>();
        int start = 0;
        HeadingMarkers.Marker marker = HeadingMarkers.at(t, SentenceSplitter.skipSpaces(t, 0));
        for (int i = marker == null ? 0 : marker.end(); i < stop; i++) {
            if (depth[i] == 0 && isMark(t, i)) {
                add(out, s, t, start, i, String.valueOf(t.charAt(i)));
                start = i + 1;
            }
        }
        add(out, s, t, start, stop, stop < t.length() ? String.valueOf(t.charAt(stop)).strip() : "");
        return out;
    }

    private static boolean isMark(String t, int i) {
        char c = t.charAt(i);
        if (MARKS.indexOf(c) < 0) {
            return false;
        }
        boolean ascii = c == ',' || c == ':';
        return !ascii || i == 0 || i + 1 >= t.length() || !Character.isDigit(t.charAt(i - 1))
                || !Character.isDigit(t.charAt(i + 1));
    }

    private static void add(List<Clause> out, Sentence s, String t, int from, int to, String delimiter) {
        int a = SentenceSplitter.skipSpaces(t, from);
        int b = to;
        while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
            b--;
        }
        if (b > a) {
            out.add(new Clause(s, out.size(), a, b, delimiter));
        }
    }
}
