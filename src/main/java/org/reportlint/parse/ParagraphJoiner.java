package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.reportlint.facts.Line;
import org.reportlint.facts.Paragraph;

/**
 * Rebuilds logical paragraphs from physical lines. Text that went through PDFs and newspapers is broken
 * mid-sentence and mid-word ({@code …区域医疗中} / {@code 心。…}): a prose line that does not end a sentence is
 * joined with the next non-blank line, across at most {@value #MAX_BLANKS} blank lines, unless that line
 * starts a heading or list item. Short title lines are never joined. The origin map keeps every character's
 * place in the original file.
 */
public final class ParagraphJoiner {
    static final int MAX_BLANKS = 2;
    /** A line shorter than this (in code points) is a title or heading, not a broken prose line. */
    static final int MIN_PROSE = 24;
    private static final String SENTENCE_END = "。！？!?；;…：:";
    /** Line starts that open a new block: headings, enumerators, list markers. */
    static final Pattern BLOCK_START = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\\d{1,2}[、.．](?!\\d)"
                    + "|[（(]\\d{1,2}[)）]|[①-⑳]|第[一二三四五六七八九十]+[部章节篇]|[一二三四五六七八九十]+是"
                    + "|[-*•·]\\s|——|#)");

    private ParagraphJoiner() {
    }

    public static List<Paragraph> join(List<Line> lines) {
        List<Paragraph> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int next = nextNonBlank(lines, i + 1);
            while (next >= 0 && continues(lines.get(last), lines.get(next))) {
                last = next;
                next = nextNonBlank(lines, next + 1);
            }
            out.add(build(out.size(), lines, first, last));
            i = last + 1;
        }
        return out;
    }

    private static int nextNonBlank(List<Line> lines, int from) {
        for (int j = from; j < lines.size() && j <= from + MAX_BLANKS; j++) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /** Whether {@code next} continues the sentence {@code line} leaves open. */
    static boolean continues(Line line, Line next) {
        String t = line.getText().strip();
        if (t.isEmpty() || t.codePointCount(0, t.length()) < MIN_PROSE) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (SENTENCE_END.indexOf(last) >= 0) {
            return false;
        }
        return !BLOCK_START.matcher(next.getText()).find();
    }

    /** Joins lines {@code first..last}, dropping blank lines and the whitespace around each break. */
    private static Paragraph build(int index, List<Line> lines, int first, int last) {
        StringBuilder text = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int j = first; j <= last; j++) {
            Line l = lines.get(j);
            if (l.isBlank()) {
                continue;
            }
            String s = l.getText();
            int from = 0;
            int to = s.length();
            if (j > first) {
                while (from < to && Character.isWhitespace(s.charAt(from))) {
                    from++;
                }
            }
            if (j < last) {
                while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
                    to--;
                }
            }
            for (int k = from; k < to; k++) {
                text.append(s.charAt(k));
                origin.add(l.getSpan().getStart() + k);
            }
        }
        return new Paragraph(index, text.toString(), origin.stream().mapToInt(Integer::intValue).toArray(),
                lines.get(first).getNumber(), lines.get(last).getNumber());
    }
}
