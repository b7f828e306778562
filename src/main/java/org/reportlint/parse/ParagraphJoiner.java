package org.reportlint.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.reportlint.facts.Line;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Report;

/**
 * Rebuilds logical paragraphs from physical lines. Text that went through PDFs and newspapers is broken
 * mid-sentence and mid-word ({@code …区域医疗中} / {@code 心。…}): a prose line that leaves its sentence open is
 * joined with the next non-blank line, across at most {@value #MAX_BLANKS} blank lines, when that line continues
 * prose. Headings, title lines, list items, page furniture and tables of contents are never joined; a broken
 * meeting line ({@code ——…人民代表大会} / {@code 第六次会议上}) is. The origin map keeps every character's place
 * in the original file.
 */
public final class ParagraphJoiner {
    static final int MAX_BLANKS = 2;
    /** A line at least this long (in code points) that leaves its sentence open is a broken prose line. */
    static final int MIN_PROSE = 24;
    private static final Pattern DASH_START = Pattern.compile("^\\s*——");
    /** What may follow a line's last sentence without opening a new one: a watermark, an account, an address. */
    private static final Pattern FURNITURE_TAIL = Pattern.compile("[^。！？!?；;]{0,24}?"
            + "(?:【[^】]*】|[A-Za-z]+[:：]\\s*[A-Za-z0-9]+|[^@\\s]+@[^@\\s]+|https?://\\S+)\\s*");
    private static final int MAX_TAIL = 80;

    private ParagraphJoiner() {
    }

    /** Joins the lines of one stand-alone text (no reports, no tables of contents). */
    public static List<Paragraph> join(List<Line> lines) {
        int[] region = new int[lines.size()];
        return join(lines, LineClassifier.classify(lines), region, List.of());
    }

    /**
     * @param region report index of every line (-1: not prose, e.g. a table of contents); lines of different
     *     regions are never joined
     * @param reports the reports region indices refer to (empty: paragraphs get no report)
     */
    static List<Paragraph> join(List<Line> lines, LineKind[] kinds, int[] region, List<Report> reports) {
        Layout layout = new Layout(kinds, LineClassifier.wrapWidth(lines), usesIndent(lines));
        List<Paragraph> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (kinds[i] == LineKind.BLANK || region[i] < 0) {
                i++;
                continue;
            }
            int last = i;
            int next = nextInRegion(lines, region, i + 1, region[i]);
            while (next >= 0 && layout.continues(lines.get(last), lines.get(next), last, next)) {
                last = next;
                next = nextInRegion(lines, region, next + 1, region[i]);
            }
            Report report = region[i] < reports.size() ? reports.get(region[i]) : null;
            out.add(build(out.size(), lines, i, last, report, kindOf(kinds[i])));
            i = last + 1;
        }
        return out;
    }

    private static int nextInRegion(List<Line> lines, int[] region, int from, int r) {
        for (int j = from; j < lines.size() && j <= from + MAX_BLANKS; j++) {
            if (region[j] != r) {
                return -1;
            }
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether paragraphs in this text start with an indent (two spaces or an ideographic space): some lines are
     * indented and others not (when nearly every line is, the indent says nothing).
     */
    static boolean usesIndent(List<Line> lines) {
        int indented = 0;
        int nonBlank = 0;
        for (Line l : lines) {
            if (!l.isBlank()) {
                nonBlank++;
                indented += isIndented(l.getText()) ? 1 : 0;
            }
        }
        return indented >= 3 && indented * 5 >= nonBlank && indented * 10 < nonBlank * 9;
    }

    private static boolean isIndented(String s) {
        return s.startsWith("\u3000") || s.startsWith("  ");
    }

    static String kindOf(LineKind k) {
        return switch (k) {
            case HEADING, PLAIN_TITLE -> Paragraph.HEADING;
            case LIST_ITEM -> Paragraph.LIST_ITEM;
            case META -> Paragraph.META;
            case REPORT_TITLE, SUBTITLE, SALUTATION, SPEAKER -> Paragraph.TITLE;
            default -> Paragraph.PROSE;
        };
    }

    /** Line kinds and layout of the text: what decides whether two lines are one paragraph. */
    record Layout(LineKind[] kinds, int wrap, boolean indent) {
        /** Whether line {@code b} (index {@code j}) continues the sentence line {@code a} (index {@code i}) opened. */
        boolean continues(Line a, Line b, int i, int j) {
            if (kinds[i] == LineKind.SUBTITLE && kinds[j] == LineKind.SUBTITLE) {
                String core = LineClassifier.core(a.getText());
                return !LineClassifier.SUBTITLE.matcher(core).matches()
                        && !LineClassifier.DATE_LINE.matcher(core).matches();
            }
            String s = a.getText().strip();
            boolean afterComma = LineClassifier.CLAUSE_MARK.indexOf(s.charAt(s.length() - 1)) >= 0;
            if (kinds[i] != LineKind.PROSE || !(kinds[j] == LineKind.PROSE || kinds[j] == LineKind.PLAIN_TITLE
                    && afterComma)) {
                return false;
            }
            String t = b.getText();
            String core = LineClassifier.core(t);
            if (DASH_START.matcher(t).find() || LineClassifier.ENUM_START.matcher(core).lookingAt()
                    || HeadingMarkers.at(core, 0) != null || indent && isIndented(t)) {
                return false;
            }
            return afterComma || leavesSentenceOpen(s, wrap);
        }
    }

    /**
     * Whether a prose line stops mid-sentence: no end mark, and long or multi-sentence enough to be prose. A short
     * non-prose tail after the last end mark (a site watermark such as {@code 【公众号:…】}, an account
     * {@code ABC:12}, an address) does not open a sentence.
     */
    static boolean leavesSentenceOpen(String s, int wrap) {
        if (hasFurnitureTail(s)) {
            return false;
        }
        int end = s.length();
        while (end > 0 && LineClassifier.CLOSERS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0 || LineClassifier.SENTENCE_END.indexOf(s.charAt(end - 1)) >= 0) {
            return false;
        }
        int n = LineClassifier.codePoints(s);
        if (n >= MIN_PROSE || wrap > 0 && n >= wrap - 1) {
            return true;
        }
        for (int k = 0; k < end; k++) {
            if ("。！？!?；;".indexOf(s.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFurnitureTail(String s) {
        int k = s.length() - 1;
        while (k >= 0 && "。！？!?；;".indexOf(s.charAt(k)) < 0) {
            k--;
        }
        return k >= 0 && s.length() - k <= MAX_TAIL && FURNITURE_TAIL.matcher(s).region(k + 1, s.length()).matches();
    }

    /** Joins lines {@code first..last}, dropping blank lines and the whitespace around each break. */
    private static Paragraph build(int index, List<Line> lines, int first, int last, Report report, String kind) {
        StringBuilder text = new StringBuilder();
        int[] origin = new int[64];
        int n = 0;
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
            if (n + (to - from) > origin.length) {
                origin = Arrays.copyOf(origin, Math.max(origin.length * 2, n + to - from));
            }
            text.append(s, from, to);
            for (int k = from; k < to; k++) {
                origin[n++] = l.getSpan().getStart() + k;
            }
        }
        return new Paragraph(index, text.toString(), Arrays.copyOf(origin, n), lines.get(first).getNumber(),
                lines.get(last).getNumber(), report, kind);
    }
}
