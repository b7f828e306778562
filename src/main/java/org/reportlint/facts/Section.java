package org.reportlint.facts;

/**
 * A heading and everything under it up to the next heading of the same or a higher level: a node of the
 * report's section tree. Paragraph indices are those of {@link Paragraph#getIndex()}.
 */
public final class Section {
    private final int index;
    private final Heading heading;
    private final Section parent;
    private final int[] paragraphs;
    private final int[] lines;
    private final int childCount;
    private final Span span;

    /**
     * @param paragraphs first (the heading's), last before the first subsection, last (whole subtree) paragraph
     * @param lines first and last line
     */
    public Section(int index, Heading heading, Section parent, int[] paragraphs, int[] lines, int childCount,
            Span span) {
        this.index = index;
        this.heading = heading;
        this.parent = parent;
        this.paragraphs = paragraphs.clone();
        this.lines = lines.clone();
        this.childCount = childCount;
        this.span = span;
    }

    /** 0-based position among the sections of the document, in reading order. */
    public int getIndex() {
        return index;
    }

    public Heading getHeading() {
        return heading;
    }

    public Report getReport() {
        return heading.getReport();
    }

    /** The enclosing section, or null for a top-level one. */
    public Section getParent() {
        return parent;
    }

    public int getLevel() {
        return heading.getLevel();
    }

    /** Number of direct subsections. */
    public int getChildCount() {
        return childCount;
    }

    /** Index of the heading's paragraph. */
    public int getFirstParagraph() {
        return paragraphs[0];
    }

    /** Last paragraph of the section's own text before its first subsection (the lead-in). */
    public int getIntroLastParagraph() {
        return paragraphs[1];
    }

    /** Last paragraph of the section, subsections included. */
    public int getLastParagraph() {
        return paragraphs[2];
    }

    /** Whether paragraph {@code p} lies in this section (subsections included). */
    public boolean contains(Paragraph p) {
        return p.getIndex() >= paragraphs[0] && p.getIndex() <= paragraphs[2];
    }

    public int getFirstLine() {
        return lines[0];
    }

    public int getLastLine() {
        return lines[1];
    }

    /** From the heading to the end of the section's last paragraph, exactly as in the file. */
    public Span getSpan() {
        return span;
    }
}
