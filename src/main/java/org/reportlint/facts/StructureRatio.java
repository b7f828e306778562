package org.reportlint.facts;

import java.math.BigDecimal;

/**
 * A composition written as a ratio of percentages after a structure word (三次产业结构为8.1:37.2:54.7): its parts
 * should add up to 100. {@code tolerance} is what rounding each part to its written decimals allows.
 */
public final class StructureRatio {
    private final Span span;
    private final int parts;
    private final BigDecimal sum;
    private final BigDecimal tolerance;

    public StructureRatio(Span span, int parts, BigDecimal sum, BigDecimal tolerance) {
        this.span = span;
        this.parts = parts;
        this.sum = sum;
        this.tolerance = tolerance;
    }

    public Span getSpan() {
        return span;
    }

    public String getText() {
        return span.getText();
    }

    public int getParts() {
        return parts;
    }

    public BigDecimal getSum() {
        return sum;
    }

    public String getSumText() {
        return sum.stripTrailingZeros().toPlainString();
    }

    /** How far the parts' sum is from 100, as a positive number. */
    public BigDecimal getOffHundred() {
        return sum.subtract(BigDecimal.valueOf(100)).abs();
    }

    public BigDecimal getTolerance() {
        return tolerance;
    }
}
