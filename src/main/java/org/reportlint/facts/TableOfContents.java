package org.reportlint.facts;

import java.util.List;

/**
 * A table of contents (a numbered list of titles with page numbers): not prose, so its lines give no
 * paragraphs, sentences or headings. Front matter right before it (a compilation's cover lines) is included.
 */
public final class TableOfContents {
    private final int firstLine;
    private final int lastLine;
    private final Span span;
    private final List<TocEntry> entries;

    public TableOfContents(int firstLine, int lastLine, Span span, List<TocEntry> entries) {
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.span = span;
        this.entries = List.copyOf(entries);
    }

    public int getFirstLine() {
        return firstLine;
    }

    public int getLastLine() {
        return lastLine;
    }

    public Span getSpan() {
        return span;
    }

    public List<TocEntry> getEntries() {
        return entries;
    }

    public int getEntryCount() {
        return entries.size();
    }
}
