package org.reportlint.facts;

import java.util.Objects;

/** A stretch of the original file: UTF-16 offsets {@code [start, end)} into the decoded source, and its text. */
public final class Span {
    private final int start;
    private final int end;
    private final String text;

    public Span(int start, int end, String text) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        this.start = start;
        this.end = end;
        this.text = text;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public String getText() {
        return text;
    }

    public int getLength() {
        return end - start;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** Whether {@code other} lies within this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Span s && s.start == start && s.end == end && Objects.equals(s.text, text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end);
    }

    @Override
    public String toString() {
        return "Span[" + start + ".." + end + " \"" + text + "\"]";
    }
}
