package org.reportlint.facts;

/**
 * A stretch of a sentence between clause marks ({@code ，、：} and ASCII {@code , :} outside numbers), quotes and
 * brackets respected. The mark that ends it is not part of its text.
 */
public final class Clause {
    private final Sentence sentence;
    private final int index;
    private final int start;
    private final int end;
    private final String delimiter;

    /**
     * @param start offset in the sentence's text
     * @param end end offset (exclusive) in the sentence's text
     * @param delimiter the mark right after the clause ({@code ，} {@code 、} {@code ：} {@code 。} …), "" at the end
     */
    public Clause(Sentence sentence, int index, int start, int end, String delimiter) {
        this.sentence = sentence;
        this.index = index;
        this.start = start;
        this.end = end;
        this.delimiter = delimiter;
    }

    public Sentence getSentence() {
        return sentence;
    }

    public Paragraph getParagraph() {
        return sentence.getParagraph();
    }

    /** 0-based position in the sentence. */
    public int getIndex() {
        return index;
    }

    /** Start offset in the sentence's text. */
    public int getStart() {
        return start;
    }

    /** End offset (exclusive) in the sentence's text. */
    public int getEnd() {
        return end;
    }

    public String getText() {
        return sentence.getText().substring(start, end);
    }

    /** The mark that ends the clause, or "" when the sentence ends without one. */
    public String getDelimiter() {
        return delimiter;
    }

    public Span getSpan() {
        return sentence.spanOf(start, end);
    }
}
