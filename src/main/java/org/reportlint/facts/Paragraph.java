package org.reportlint.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * A logical paragraph: one or more physical lines joined where the text was broken mid-sentence.
 * {@link #getText()} has the line breaks removed; {@link #spanOf(int, int)} maps any stretch of it back
 * to the original file, even across a join.
 */
public final class Paragraph {
    /** Kind of running text, including a paragraph that opens with a run-in heading. */
    public static final String PROSE = "prose";
    /** Kind of a line that is only a heading: numbered ({@code 一、…}), bold or a short standalone title. */
    public static final String HEADING = "heading";
    /** Kind of a report's title lines: title, meeting line, speaker, {@code 各位代表：}. */
    public static final String TITLE = "title";
    /** Kind of a bulleted item ({@code - …}). */
    public static final String LIST_ITEM = "list-item";
    /** Kind of newspaper or page furniture: {@code (上接第一版)}, page numbers, e-mail and editor lines. */
    public static final String META = "meta";

    private final int index;
    private final String text;
    private final int[] origin;
    private final int firstLine;
    private final int lastLine;
    private final Report report;
    private final String kind;
    private final List<Integer> joinOffsets;

    /**
     * @param origin for each UTF-16 index of {@code text}, its offset in the source text
     */
    public Paragraph(int index, String text, int[] origin, int firstLine, int lastLine) {
        this(index, text, origin, firstLine, lastLine, null, PROSE);
    }

    /**
     * @param origin for each UTF-16 index of {@code text}, its offset in the source text
     * @param report the report the paragraph belongs to, null outside any
     * @param kind one of {@link #PROSE}, {@link #HEADING}, {@link #TITLE}, {@link #LIST_ITEM}, {@link #META}
     */
    public Paragraph(int index, String text, int[] origin, int firstLine, int lastLine, Report report, String kind) {
        if (origin.length != text.length()) {
            throw new IllegalArgumentException("origin map length " + origin.length + " != " + text.length());
        }
        this.index = index;
        this.text = text;
        this.origin = origin.clone();
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.report = report;
        this.kind = kind;
        List<Integer> joins = new ArrayList<>();
        for (int i = 1; i < origin.length; i++) {
            if (origin[i] != origin[i - 1] + 1) {
                joins.add(i);
            }
        }
        this.joinOffsets = List.copyOf(joins);
    }

    /** 0-based position of this paragraph in its document. */
    public int getIndex() {
        return index;
    }

    public String getText() {
        return text;
    }

    public int getFirstLine() {
        return firstLine;
    }

    public int getLastLine() {
        return lastLine;
    }

    /** The report this paragraph belongs to (null only for paragraphs built outside a document parse). */
    public Report getReport() {
        return report;
    }

    /** {@link #PROSE}, {@link #HEADING}, {@link #TITLE}, {@link #LIST_ITEM} or {@link #META}. */
    public String getKind() {
        return kind;
    }

    /** Whether the paragraph was rebuilt from more than one physical line. */
    public boolean isJoined() {
        return lastLine > firstLine;
    }

    /** Offsets in {@link #getText()} where a joined line begins (empty when the paragraph is one line). */
    public List<Integer> getJoinOffsets() {
        return joinOffsets;
    }

    /** Whether text offsets {@code [from, to)} straddle a line join. */
    public boolean crossesJoin(int from, int to) {
        for (int j : joinOffsets) {
            if (j > from && j < to) {
                return true;
            }
        }
        return false;
    }

    public int getLength() {
        return text.length();
    }

    /** Source offset of paragraph index {@code i}. */
    public int sourceOffset(int i) {
        return i == text.length() ? origin[i - 1] + 1 : origin[i];
    }

    /** The original-file span of paragraph text {@code [from, to)}; its text is the paragraph's own. */
    public Span spanOf(int from, int to) {
        if (from == to) {
            int at = from < text.length() ? origin[from] : sourceOffset(text.length());
            return new Span(at, at, "");
        }
        return new Span(origin[from], origin[to - 1] + 1, text.substring(from, to));
    }

    public Span getSpan() {
        return spanOf(0, text.length());
    }
}
