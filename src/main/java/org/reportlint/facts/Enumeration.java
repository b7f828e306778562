package org.reportlint.facts;

import java.util.List;

/**
 * Inline enumerators of one style in a paragraph, or at the starts of consecutive paragraphs: 一是/二是,
 * 第一/第二, 首先/其次/最后, ①②, (1)(2), 1. 2. Its {@link EnumerationItem}s carry the ordinals a numbering rule checks
 * (一是、二是、四是 skips; repeats; backward steps). Headings (一、 （一） at a paragraph start) are not enumerations.
 */
public final class Enumeration {
    private final String style;
    private final List<EnumerationItem> items;
    private final boolean acrossParagraphs;

    public Enumeration(String style, List<EnumerationItem> items, boolean acrossParagraphs) {
        this.style = style;
        this.items = List.copyOf(items);
        this.acrossParagraphs = acrossParagraphs;
    }

    /** {@code shi} (一是), {@code di} (第一), {@code order} (首先), {@code circled} (①), {@code paren} ((1)), {@code paren-han} (（一）), {@code arabic} (1.). */
    public String getStyle() {
        return style;
    }

    public List<EnumerationItem> getItems() {
        return items;
    }

    public int getSize() {
        return items.size();
    }

    /** Whether each item starts its own paragraph. */
    public boolean isAcrossParagraphs() {
        return acrossParagraphs;
    }

    /** Whether the ordinals run 1, 2, 3 … without gap, repeat or step back. */
    public boolean isSequential() {
        return items.stream().allMatch(EnumerationItem::isInSequence);
    }

    /** From the first marker to the last. */
    public Span getSpan() {
        return new Span(items.get(0).getSpan().getStart(), items.get(items.size() - 1).getSpan().getEnd(), null);
    }
}
