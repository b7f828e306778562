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
    /**
     * A half-width separator between Chinese; a full stop also at the end of a paragraph, but never in an
     * ellipsis (...) or after a heading's Chinese numeral (一.), which {@link #numberedHeading} leaves out.
     */
    static final Pattern HALF = Pattern.compile("(?<=\\p{IsHan}|[”》）)])(?:[,;:()](?=\\p{IsHan}|[“《（(])"
            + "|\\.(?=\\p{IsHan}|[“《（]|\\s*$))");
    static final String HALF_MARKS = ",;:().";
    /** The separators {@link #DOUBLED} is made of. */
    private static final String SEPARATORS = "，。、；：,;:";
    static final String FULL_MARKS = "，；：（）。";

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
        if (hasAdjacentSeparators(t)) {
            find(p, DOUBLED, PunctMark.DOUBLED, m -> t.substring(m.start(), m.start() + 1), out);
        }
        if (t.indexOf('-') >= 0) {
            find(p, DASH, PunctMark.DASH, m -> "——", out);
        }
        int firstHalfMark = MaskScanner.firstOf(t, HALF_MARKS);
        Matcher h = HALF.matcher(t).region(Math.max(0, firstHalfMark), t.length()).useTransparentBounds(true);
        while (firstHalfMark >= 0 && h.find()) {
            if (h.group().equals(".") && numberedHeading(t, h.start())) {
                continue;
            }
            Span s = p.spanOf(h.start(), h.end());
            half++;
            firstHalf = firstHalf == null ? s : firstHalf;
            out.add(new PunctMark(PunctMark.HALF_WIDTH, s, String.valueOf(FULL_MARKS.charAt(HALF_MARKS.indexOf(h.group())))));
        }
        for (int i = 0; i < t.length(); i++) {
            full += FULL_MARKS.indexOf(t.charAt(i)) >= 0 ? 1 : 0;
        }
        return out;
    }

    /** Whether only a Chinese numeral precedes {@code at} in the paragraph: a heading number (一.总体要求). */
    private static boolean numberedHeading(String t, int at) {
        for (int i = 0; i < at; i++) {
            if ("一二三四五六七八九十".indexOf(t.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
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
        List<Deque<Integer>> open = new ArrayList<>();
        List<List<Integer>> closing = new ArrayList<>();
        for (int k = 0; k < OPEN.length(); k++) {
            open.add(new ArrayDeque<>());
            closing.add(new ArrayList<>());
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!maybeBracket(c)) {
                continue;
            }
            int k = OPEN.indexOf(c);
            if (k >= 0) {
                open.get(k).push(i);
            } else if ((k = CLOSE.indexOf(c)) >= 0) {
                if (open.get(k).isEmpty()) {
                    closing.get(k).add(i);
                } else {
                    open.get(k).pop();
                }
            }
        }
        List<Loose> found = new ArrayList<>();
        for (int k = 0; k < OPEN.length(); k++) {
            List<Integer> opening = new ArrayList<>(open.get(k));
            java.util.Collections.reverse(opening);
            boolean ornament = hasRun(closing.get(k)) && hasRun(opening);
            add(p, k, false, closing.get(k), ornament, found);
            add(p, k, true, opening, ornament, found);
        }
        found.sort(java.util.Comparator.comparingInt(Loose::at));
        loose.addAll(found);
    }

    /** A cheap range test before looking a character up among the paired marks (“” ‘’ 《》 【】 〔〕 （）). */
    private static boolean maybeBracket(char c) {
        return c >= '\u2018' && c <= '\u201d' || c >= '\u300a' && c <= '\u3015' || c == '\uff08' || c == '\uff09';
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

    /** Whether two separators stand side by side somewhere (the only place {@link #DOUBLED} can match). */
    private static boolean hasAdjacentSeparators(String t) {
        for (int i = 1; i < t.length(); i++) {
            if (SEPARATORS.indexOf(t.charAt(i)) >= 0 && SEPARATORS.indexOf(t.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void find(Paragraph p, Pattern pattern, String kind,
            java.util.function.Function<Matcher, String> fix, List<PunctMark> out) {
        Matcher m = pattern.matcher(p.getText());
        while (m.find()) {
            out.add(new PunctMark(kind, p.spanOf(m.start(), m.end()), fix.apply(m)));
        }
    }
}
