package org.reportlint.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.PunctMark;
import org.reportlint.facts.PunctStyle;
import org.reportlint.facts.Span;

/**
 * Finds punctuation candidates per paragraph (after broken lines are joined): unpaired quotes, title marks and
 * brackets, doubled separators, ASCII hyphens for a dash, half-width separators between Chinese; and counts the
 * document's full- and half-width separators for {@link PunctStyle}. One scanner per document.
 */
public final class PunctScanner {
    static final String OPEN = "“‘《（【〔";
    static final String CLOSE = "”’》）】〕";
    /** Two separators in a row, except an ellipsis (……, ...) and the ; ending an HTML entity (&nbsp;。). */
    static final Pattern DOUBLED = Pattern.compile("(?:[，。、；：]|(?<![A-Za-z0-9])[,;:])(?:[，。、；：]|[,;:](?![0-9]))");
    static final Pattern DASH = Pattern.compile("(?<=\\p{IsHan}|[”》）])-{2,3}(?=\\p{IsHan}|[“《（])");
    static final Pattern HALF = Pattern.compile("(?<=\\p{IsHan}|[”》）)])[,;:()](?=\\p{IsHan}|[“《（(])");
    static final Pattern FULL = Pattern.compile("[，；：（）]");
    static final String HALF_MARKS = ",;:()";
    static final String FULL_MARKS = "，；：（）";

    private int full;
    private int half;
    private Span firstHalf;

    public List<PunctMark> scan(Paragraph p) {
        String t = p.getText();
        List<PunctMark> out = new ArrayList<>();
        unpaired(p, out);
        find(p, DOUBLED, PunctMark.DOUBLED, m -> t.substring(m.start(), m.start() + 1), out);
        find(p, DASH, PunctMark.DASH, m -> "——", out);
        Matcher h = HALF.matcher(t);
        while (h.find()) {
            Span s = p.spanOf(h.start(), h.end());
            half++;
            firstHalf = firstHalf == null ? s : firstHalf;
            out.add(new PunctMark(PunctMark.HALF_WIDTH, s, String.valueOf(FULL_MARKS.charAt(HALF_MARKS.indexOf(h.group())))));
        }
        Matcher f = FULL.matcher(t);
        while (f.find()) {
            full++;
        }
        return out;
    }

    /** The document's convention, once every paragraph has been scanned. */
    public PunctStyle style() {
        return new PunctStyle(full, half, firstHalf);
    }

    private static void unpaired(Paragraph p, List<PunctMark> out) {
        String t = p.getText();
        for (int k = 0; k < OPEN.length(); k++) {
            Deque<Integer> open = new ArrayDeque<>();
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) == OPEN.charAt(k)) {
                    open.push(i);
                } else if (t.charAt(i) == CLOSE.charAt(k)) {
                    if (open.isEmpty()) {
                        out.add(new PunctMark(PunctMark.UNPAIRED, p.spanOf(i, i + 1), null));
                    } else {
                        open.pop();
                    }
                }
            }
            open.forEach(i -> out.add(new PunctMark(PunctMark.UNPAIRED, p.spanOf(i, i + 1), null)));
        }
    }

    private static void find(Paragraph p, Pattern pattern, String kind,
            java.util.function.Function<Matcher, String> fix, List<PunctMark> out) {
        Matcher m = pattern.matcher(p.getText());
        while (m.find()) {
            out.add(new PunctMark(kind, p.spanOf(m.start(), m.end()), fix.apply(m)));
        }
    }
}
