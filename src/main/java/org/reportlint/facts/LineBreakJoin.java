package org.reportlint.facts;

/**
 * A place where the paragraph joiner glued two physical lines because the first did not end its sentence
 * ({@code …区域医疗中} / {@code 心。…}). The span runs from the last character before the break to the first after
 * it, break included, exactly as in the file: evidence for rules about text broken mid-word.
 */
public final class LineBreakJoin {
    private final Paragraph paragraph;
    private final int offset;
    private final Span span;
    private final int lineBefore;
    private final int lineAfter;
    private final String word;

    /**
     * @param offset paragraph-text offset of the first character after the break
     * @param word a dictionary word that straddles the break, or null
     */
    public LineBreakJoin(Paragraph paragraph, int offset, Span span, int lineBefore, int lineAfter, String word) {
        this.paragraph = paragraph;
        this.offset = offset;
        this.span = span;
        this.lineBefore = lineBefore;
        this.lineAfter = lineAfter;
        this.word = word;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    /** Paragraph-text offset of the first character after the break. */
    public int getOffset() {
        return offset;
    }

    /** Last character before the break and first after it, with the break between them, as in the file. */
    public Span getSpan() {
        return span;
    }

    public String getText() {
        return span.getText();
    }

    /** The character before the break. */
    public String getBefore() {
        return Character.toString(paragraph.getText().codePointBefore(offset));
    }

    /** The character after the break. */
    public String getAfter() {
        return Character.toString(paragraph.getText().codePointAt(offset));
    }

    public int getLineBefore() {
        return lineBefore;
    }

    public int getLineAfter() {
        return lineAfter;
    }

    /** Blank lines between the two joined lines. */
    public int getBlankLines() {
        return lineAfter - lineBefore - 1;
    }

    /** Whether letters or digits stand on both sides: the break cuts a word or a number, not a clause. */
    public boolean isMidWord() {
        return Character.isLetterOrDigit(paragraph.getText().codePointBefore(offset))
                && Character.isLetterOrDigit(paragraph.getText().codePointAt(offset));
    }

    /** A dictionary word the break cuts in two ({@code 中心} in {@code 中} / {@code 心}), or null. */
    public String getWord() {
        return word;
    }
}
