package org.reportlint.facts;

/**
 * A sentence of a paragraph, ended by 。！？；(or their ASCII forms) outside quotes and brackets. Offsets are
 * into the paragraph's text; {@link #spanOf(int, int)} maps sentence-relative stretches to the original file.
 */
public final class Sentence {
    private final Paragraph paragraph;
    private final int index;
    private final int start;
    private final int end;
    private final String text;

    public Sentence(Paragraph paragraph, int index, int start, int end) {
        this.paragraph = paragraph;
        this.index = index;
        this.start = start;
        this.end = end;
        this.text = paragraph.getText().substring(start, end);
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    /** 0-based position of the sentence in its paragraph. */
    public int getIndex() {
        return index;
    }

    /** Start offset in the paragraph's text. */
    public int getStart() {
        return start;
    }

    /** End offset (exclusive) in the paragraph's text. */
    public int getEnd() {
        return end;
    }

    public String getText() {
        return text;
    }

    public Span getSpan() {
        return paragraph.spanOf(start, end);
    }

    /** The original-file span of sentence text {@code [from, to)}. */
    public Span spanOf(int from, int to) {
        return paragraph.spanOf(start + from, start + to);
    }
}
