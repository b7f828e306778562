package org.reportlint.facts;

/**
 * How a document writes its separators (comma, semicolon, colon, parentheses) between Chinese characters:
 * full-width (，；：（）) or half-width (,;:()), and where the first half-width one is. One per document.
 */
public final class PunctStyle {
    private final int fullWidth;
    private final int halfWidth;
    private final Span firstHalfWidth;

    public PunctStyle(int fullWidth, int halfWidth, Span firstHalfWidth) {
        this.fullWidth = fullWidth;
        this.halfWidth = halfWidth;
        this.firstHalfWidth = firstHalfWidth;
    }

    public int getFullWidth() {
        return fullWidth;
    }

    public int getHalfWidth() {
        return halfWidth;
    }

    /** Percentage of half-width separators among all separators (0 when there are none). */
    public int getHalfPercent() {
        int all = fullWidth + halfWidth;
        return all == 0 ? 0 : halfWidth * 100 / all;
    }

    /** The first half-width separator, or null. */
    public Span getFirstHalfWidth() {
        return firstHalfWidth;
    }
}
