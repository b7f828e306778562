package org.reportlint.facts;

/**
 * A numbered heading whose ordinal is not its previous sibling's plus one (一、二、四、; （二）（二）), with the marker
 * it would carry in sequence and whether the missing markers are written between the two after all, broken over a
 * line (（⏎三）) or in a form the heading parser did not take (20.2026年…).
 */
public final class HeadingGap {
    private final Heading heading;
    private final String expectedMarker;
    private final boolean markerNearby;

    public HeadingGap(Heading heading, String expectedMarker, boolean markerNearby) {
        this.heading = heading;
        this.expectedMarker = expectedMarker;
        this.markerNearby = markerNearby;
    }

    public Heading getHeading() {
        return heading;
    }

    public Heading getPrevious() {
        return heading.getPrevious();
    }

    /** The marker in sequence, in the heading's own style ({@code （三）} for {@code （四）} after {@code （二）}). */
    public String getExpectedMarker() {
        return expectedMarker;
    }

    /** Whether a skipped marker occurs between the two headings once whitespace and line breaks are removed. */
    public boolean isMarkerNearby() {
        return markerNearby;
    }

    public Span getSpan() {
        return heading.getMarkerSpan();
    }
}
