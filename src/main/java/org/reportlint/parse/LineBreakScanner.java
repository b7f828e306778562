package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.LineBreakJoin;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Span;
import org.reportlint.input.SourceText;

/** One {@link LineBreakJoin} for every place where a paragraph was glued across a line break. */
public final class LineBreakScanner {
    /** Longest stretch on each side of the break that a straddling dictionary word may take. */
    static final int REACH = 3;

    private LineBreakScanner() {
    }

    public static List<LineBreakJoin> scan(Paragraph p, SourceText src, WordDictionary words) {
        List<LineBreakJoin> out = new ArrayList<>();
        String t = p.getText();
        for (int at : p.getJoinOffsets()) {
            int from = p.sourceOffset(t.offsetByCodePoints(at, -1));
            int to = p.sourceOffset(at) + Character.charCount(t.codePointAt(at));
            Span span = new Span(from, to, src.text().substring(from, to));
            out.add(new LineBreakJoin(p, at, span, src.lineOf(from), src.lineOf(to - 1), straddlingWord(p.getText(),
                    at, words)));
        }
        return out;
    }

    /** The longest (then most frequent) dictionary word of Han characters that the break at {@code at} cuts. */
    static String straddlingWord(String t, int at, WordDictionary words) {
        String best = null;
        for (int k = 1; k <= REACH && at - k >= 0; k++) {
            for (int m = 1; m <= REACH && at + m <= t.length(); m++) {
                String w = t.substring(at - k, at + m);
                if (RepeatScanner.allHan(w, 0, w.length()) && words.contains(w) && (best == null
                        || w.length() > best.length()
                        || w.length() == best.length() && words.frequency(w) > words.frequency(best))) {
                    best = w;
                }
            }
        }
        return best;
    }
}
