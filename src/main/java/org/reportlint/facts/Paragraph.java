package org.reportlint.facts;

/**
 * A logical paragraph: one or more physical lines joined where the text was broken mid-sentence.
 * {@link #getText()} has the line breaks removed; {@link #spanOf(int, int)} maps any stretch of it back
 * to the original file, even across a join.
 */
public final class Paragraph {
    private final int index;
    private final String text;
    private final int[] origin;
    private final int firstLine;
    private final int lastLine;

    /**
     * @param origin for each UTF-16 index of {@code text}, its offset in the source text
     */
    public Paragraph(int index, String text, int[] origin, int firstLine, int lastLine) {
        if (origin.length != text.length()) {
            throw new IllegalArgumentException("origin map length " + origin.length + " != " + text.length());
        }
        this.index = index;
        this.text = text;
        this.origin = origin.clone();
        this.firstLine = firstLine;
        this.lastLine = lastLine;
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

    /** Whether the paragraph was rebuilt from more than one physical line. */
    public boolean isJoined() {
        return lastLine > firstLine;
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
