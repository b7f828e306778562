package org.reportlint.facts;

/**
 * A heading: a numbered marker ({@code 一、} {@code （一）} {@code 1.} {@code （1）} {@code ①} {@code 第一部分}) and its
 * title, or a standalone title line. A run-in heading ({@code （一）抓住用好重大战略机遇，……集聚。深入实施……}) is
 * the first sentence of a paragraph that goes on. {@link #getParent()} and {@link #getPrevious()} give the scope
 * numbering rules need: siblings share a parent; the previous sibling has the same style.
 */
public final class Heading {
    /** {@code 第一部分} / {@code 第一篇}. */
    public static final String CN_PART = "cn-part";
    /** {@code 第一章}. */
    public static final String CN_CHAPTER = "cn-chapter";
    /** {@code 第一节}. */
    public static final String CN_SECTION = "cn-section";
    /** {@code 一、} (also {@code 一.}). */
    public static final String CN_COMMA = "cn-comma";
    /** {@code （一）} or {@code (一)}. */
    public static final String CN_PAREN = "cn-paren";
    /** {@code 1.} or {@code 1、}. */
    public static final String NUM_DOT = "num-dot";
    /** {@code （1）}, {@code (1)} or {@code ⑴}. */
    public static final String NUM_PAREN = "num-paren";
    /** {@code ①}. */
    public static final String CIRCLED = "circled";
    /** A title line without a number. */
    public static final String PLAIN = "plain";

    private final String style;
    private final int ordinal;
    private final int level;
    private final Paragraph paragraph;
    private final Span span;
    private final Span markerSpan;
    private final Span titleSpan;
    private final Heading parent;
    private final Heading previous;
    private final int siblingIndex;
    private final boolean runIn;
    private final boolean bold;

    /**
     * @param at paragraph-text offsets: marker start, marker end, title start, title end (marker start = marker end
     *     for a plain heading)
     * @param tree parent, previous sibling of the same style (either may be null)
     */
    public Heading(String style, int ordinal, int level, Paragraph paragraph, int[] at, Heading[] tree,
            int siblingIndex, boolean runIn, boolean bold) {
        this.style = style;
        this.ordinal = ordinal;
        this.level = level;
        this.paragraph = paragraph;
        this.span = paragraph.spanOf(at[0], at[3]);
        this.markerSpan = at[1] > at[0] ? paragraph.spanOf(at[0], at[1]) : null;
        this.titleSpan = paragraph.spanOf(at[2], at[3]);
        this.parent = tree[0];
        this.previous = tree[1];
        this.siblingIndex = siblingIndex;
        this.runIn = runIn;
        this.bold = bold;
    }

    /** Numbering style: one of the constants of this class, e.g. {@code cn-paren}. */
    public String getStyle() {
        return style;
    }

    public boolean isNumbered() {
        return !PLAIN.equals(style);
    }

    /** The number the marker says: 3 for {@code （三）}, {@code 3.} and {@code ③}; 0 for a plain heading. */
    public int getOrdinal() {
        return ordinal;
    }

    /** Depth in the report's section tree: 1 for a top-level heading. */
    public int getLevel() {
        return level;
    }

    /** The marker as written ({@code （三）}, {@code 3.}), or null for a plain heading. */
    public String getMarker() {
        return markerSpan == null ? null : markerSpan.getText();
    }

    public Span getMarkerSpan() {
        return markerSpan;
    }

    /** The title without marker and final punctuation, e.g. {@code 抓住用好重大战略机遇，省会发展势能加快集聚}. */
    public String getTitle() {
        return titleSpan.getText();
    }

    public Span getTitleSpan() {
        return titleSpan;
    }

    /** Marker and title. */
    public Span getSpan() {
        return span;
    }

    public String getText() {
        return span.getText();
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    public Report getReport() {
        return paragraph.getReport();
    }

    /** The heading this one is nested under, or null at the top of its report. */
    public Heading getParent() {
        return parent;
    }

    /** The previous heading of the same style under the same parent, or null for the first. */
    public Heading getPrevious() {
        return previous;
    }

    /** 0-based position among the headings of the same style under the same parent. */
    public int getSiblingIndex() {
        return siblingIndex;
    }

    /** Whether the paragraph goes on after the heading (a run-in heading sentence). */
    public boolean isRunIn() {
        return runIn;
    }

    /** Whether the heading was marked bold ({@code **…**}). */
    public boolean isBold() {
        return bold;
    }
}
