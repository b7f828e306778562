package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Repeat;
import org.reportlint.facts.Span;

/**
 * Finds Chinese units of 1–{@value #MAX_UNIT} characters written twice back to back in a paragraph
 * ({@code 连片连片}, {@code 建建设}). Only runs of Han characters count; digits and Latin repeat legitimately.
 */
public final class RepeatScanner {
    public static final int MAX_UNIT = 6;

    private RepeatScanner() {
    }

    public static List<Repeat> scan(Paragraph p) {
        String t = p.getText();
        List<Repeat> out = new ArrayList<>();
        int coveredUntil = -1;
        for (int i = 0; i < t.length(); i++) {
            for (int u = 1; u <= MAX_UNIT && i + 2 * u <= t.length(); u++) {
                if (!allHan(t, i, i + 2 * u) || !t.regionMatches(i, t, i + u, u)) {
                    continue;
                }
                if (i + 2 * u <= coveredUntil) {
                    break; // inside a repeat already found (哈哈哈哈 once, not three times)
                }
                Span first = p.spanOf(i, i + u);
                Span second = p.spanOf(i + u, i + 2 * u);
                boolean across = p.isJoined() && crossesLine(p, i, i + 2 * u);
                out.add(new Repeat(t.substring(i, i + u), first, second, p, across));
                coveredUntil = i + 2 * u;
                break;
            }
        }
        return out;
    }

    private static boolean crossesLine(Paragraph p, int from, int to) {
        return p.sourceOffset(to) - p.sourceOffset(from) != to - from;
    }

    static boolean allHan(String t, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = t.codePointAt(i);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN || cp == '〇') {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
