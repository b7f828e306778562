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
 * document's full- and half-width separators for {@link PunctStyle}. Unpaired marks are judged once the whole
 * document is read: a mark left open at the end of one paragraph and one left closing at the start of a later one are
 * partners split by a line that was not joined (a web page's 【字号：/加大/还原/】, a heading broken as （/三）…).
 * One scanner per document.
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
    /** Marks unpaired in their own paragraph, in document order. */
    private final List<Loose> loose = new ArrayList<>();
    /** Characters of paragraph text read so far: the document position of the current paragraph's start. */
    private int base;

    /** A mark without a partner in its paragraph, at {@code at} in the concatenated paragraph texts. */
    private record Loose(int type, boolean opens, int at, Span span, boolean ornament) {
    }

    /** The paragraph's doubled, dash and half-width candidates; its unpaired marks are kept for {@link #unpaired()}. */
    public List<PunctMark> scan(Paragraph p) {
        String t = p.getText();
        List<PunctMark> out = new ArrayList<>();
        unpaired(p);
        base += t.length();
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

    /**
     * The document's unpaired marks, each with the distance to a partner left unpaired in another paragraph (the
     * nearest one that pairs with it, as a stack pairs brackets), once every paragraph has been scanned.
     */
    public List<PunctMark> unpaired() {
        int[] gap = new int[loose.size()];
        java.util.Arrays.fill(gap, -1);
        for (int type = 0; type < OPEN.length(); type++) {
            Deque<Integer> open = new ArrayDeque<>();
            for (int k = 0; k < loose.size(); k++) {
                Loose m = loose.get(k);
                if (m.type() != type) {
                    continue;
                }
                if (m.opens()) {
                    open.push(k);
                } else if (!open.isEmpty()) {
                    int o = open.pop();
                    gap[o] = m.at() - loose.get(o).at() - 1;
                    gap[k] = gap[o];
                }
            }
        }
        List<PunctMark> out = new ArrayList<>();
        for (int k = 0; k < loose.size(); k++) {
            Loose m = loose.get(k);
            out.add(new PunctMark(PunctMark.UNPAIRED, m.span(), null, gap[k], m.ornament()));
        }
        return out;
    }

    private void unpaired(Paragraph p) {
        String t = p.getText();
        List<Loose> found = new ArrayList<>();
        for (int k = 0; k < OPEN.length(); k++) {
            Deque<Integer> open = new ArrayDeque<>();
            List<Integer> closing = new ArrayList<>();
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) == OPEN.charAt(k)) {
                    open.push(i);
                } else if (t.charAt(i) == CLOSE.charAt(k)) {
                    if (open.isEmpty()) {
                        closing.add(i);
                    } else {
                        open.pop();
                    }
                }
            }
            List<Integer> opening = new ArrayList<>(open);
            java.util.Collections.reverse(opening);
            boolean ornament = hasRun(closing) && hasRun(opening);
            add(p, k, false, closing, ornament, found);
            add(p, k, true, opening, ornament, found);
        }
        found.sort(java.util.Comparator.comparingInt(Loose::at));
        loose.addAll(found);
    }

    private void add(Paragraph p, int type, boolean opens, List<Integer> at, boolean ornament, List<Loose> out) {
        for (int j = 0; j < at.size(); j++) {
            int i = at.get(j);
            out.add(new Loose(type, opens, base + i, p.spanOf(i, i + 1), ornament && inRun(at, j)));
        }
    }

    /** Whether two of the positions (ascending) are adjacent: a run such as 》》. */
    private static boolean hasRun(List<Integer> at) {
        for (int j = 0; j < at.size(); j++) {
            if (inRun(at, j)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the {@code j}-th position has a neighbour right before or after it. */
    private static boolean inRun(List<Integer> at, int j) {
        int i = at.get(j);
        return j > 0 && at.get(j - 1) == i - 1 || j + 1 < at.size() && at.get(j + 1) == i + 1;
    }

    private static void find(Paragraph p, Pattern pattern, String kind,
            java.util.function.Function<Matcher, String> fix, List<PunctMark> out) {
        Matcher m = pattern.matcher(p.getText());
        while (m.find()) {
            out.add(new PunctMark(kind, p.spanOf(m.start(), m.end()), fix.apply(m)));
        }
    }
}
