package org.reportlint.facts;

/** One physical line of the original file (without its terminator). */
public final class Line {
    private final int number;
    private final Span span;

    public Line(int number, Span span) {
        this.number = number;
        this.span = span;
    }

    /** 1-based line number. */
    public int getNumber() {
        return number;
    }

    public Span getSpan() {
        return span;
    }

    public String getText() {
        return span.getText();
    }

    public boolean isBlank() {
        return span.getText().isBlank();
    }
}
