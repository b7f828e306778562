package org.reportlint.facts;

/**
 * A quoted term used once in a form that differs in one character from a form the same document uses several
 * times (“河东家嫂” ×3, “河东家艘” ×1): probably a slip in the rare form.
 */
public final class TermVariant {
    private final Span span;
    private final String majority;
    private final int majorityCount;
    private final boolean lookAlike;

    public TermVariant(Span span, String majority, int majorityCount, boolean lookAlike) {
        this.span = span;
        this.majority = majority;
        this.majorityCount = majorityCount;
        this.lookAlike = lookAlike;
    }

    public Span getSpan() {
        return span;
    }

    public String getText() {
        return span.getText();
    }

    public String getMajority() {
        return majority;
    }

    public int getMajorityCount() {
        return majorityCount;
    }

    public boolean isLookAlike() {
        return lookAlike;
    }
}
