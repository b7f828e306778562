package org.reportlint.facts;

/**
 * A unit of text written twice back to back in a paragraph (连片连片, 建建设): candidate for
 * {@code dup_phrase} rules. Word-boundary evidence is computed by the scanner; legitimacy is judged in DRL.
 */
public final class Repeat {
    private final String unit;
    private final Span first;
    private final Span second;
    private final Paragraph paragraph;
    private final boolean acrossLines;

    public Repeat(String unit, Span first, Span second, Paragraph paragraph, boolean acrossLines) {
        this.unit = unit;
        this.first = first;
        this.second = second;
        this.paragraph = paragraph;
        this.acrossLines = acrossLines;
    }

    /** The repeated unit, e.g. {@code 连片}. */
    public String getUnit() {
        return unit;
    }

    /** The unit doubled, e.g. {@code 连片连片}: what a reduplication lexicon is matched against. */
    public String getDoubled() {
        return unit + unit;
    }

    /** Number of code points in the unit. */
    public int getSize() {
        return unit.codePointCount(0, unit.length());
    }

    public Span getFirst() {
        return first;
    }

    public Span getSecond() {
        return second;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    /** Whether the two copies sit on different physical lines (a repeat across a page or line break). */
    public boolean isAcrossLines() {
        return acrossLines;
    }
}
