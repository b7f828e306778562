package org.reportlint.facts;

/** One enumerator of an {@link Enumeration} ({@code 二是}, {@code 第三}, {@code ②}) with its ordinal and the one before. */
public final class EnumerationItem {
    private final String marker;
    private final int ordinal;
    private final int previousOrdinal;
    private final int index;
    private final Span span;
    private final Paragraph paragraph;
    private final String style;
    private final String previousMarker;
    private final String expectedMarker;

    public EnumerationItem(String marker, int ordinal, int previousOrdinal, int index, Span span, Paragraph paragraph,
                           String style) {
        this(marker, ordinal, previousOrdinal, index, span, paragraph, style, null, marker);
    }

    /**
     * @param previousMarker the marker of the item before as written, null for the first
     * @param expectedMarker the marker this item would have in sequence (四是 after 二是 → 三是), in its own style
     */
    public EnumerationItem(String marker, int ordinal, int previousOrdinal, int index, Span span, Paragraph paragraph,
                           String style, String previousMarker, String expectedMarker) {
        this.previousMarker = previousMarker;
        this.expectedMarker = expectedMarker;
        this.marker = marker;
        this.ordinal = ordinal;
        this.previousOrdinal = previousOrdinal;
        this.index = index;
        this.span = span;
        this.paragraph = paragraph;
        this.style = style;
    }

    /** The marker as written (二是, 第三, ②, (4)). */
    public String getMarker() {
        return marker;
    }

    /** Its number (二是 → 2; 最后 → the previous ordinal + 1). */
    public int getOrdinal() {
        return ordinal;
    }

    /** The ordinal of the item before, 0 for the first item. */
    public int getPreviousOrdinal() {
        return previousOrdinal;
    }

    /** 0-based position in its enumeration. */
    public int getIndex() {
        return index;
    }

    /** Whether the ordinal is the previous one plus one (the first item: whether it is 1). */
    public boolean isInSequence() {
        return ordinal == previousOrdinal + 1;
    }

    /** The marker's span. */
    public Span getSpan() {
        return span;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    /** The marker of the item before as written ({@code 二是}), or null for the first item. */
    public String getPreviousMarker() {
        return previousMarker;
    }

    /** The marker this item would carry in sequence, written in its style ({@code 三是}, {@code （3）}, {@code ③}). */
    public String getExpectedMarker() {
        return expectedMarker;
    }

    public String getStyle() {
        return style;
    }
}
