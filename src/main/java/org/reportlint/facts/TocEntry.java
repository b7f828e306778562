package org.reportlint.facts;

/** One line of a table of contents: {@code 2.2024年沈阳市政府工作报告 23} is number 2, a title and page 23. */
public final class TocEntry {
    private final int index;
    private final Integer number;
    private final Span titleSpan;
    private final int page;
    private final Span span;

    public TocEntry(int index, Integer number, Span titleSpan, int page, Span span) {
        this.index = index;
        this.number = number;
        this.titleSpan = titleSpan;
        this.page = page;
        this.span = span;
    }

    /** 0-based position in its table of contents. */
    public int getIndex() {
        return index;
    }

    /** The entry's own number ({@code 2} in {@code 2.2024年…}), or null when it has none. */
    public Integer getNumber() {
        return number;
    }

    public String getTitle() {
        return titleSpan.getText();
    }

    public Span getTitleSpan() {
        return titleSpan;
    }

    public int getPage() {
        return page;
    }

    /** The whole line, without its terminator. */
    public Span getSpan() {
        return span;
    }
}
