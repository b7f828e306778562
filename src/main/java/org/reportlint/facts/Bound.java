package org.reportlint.facts;

/** How a figure bounds the true value: exactly it, at least it (以上, 超过), at most it (以内, 不超过), or a range. */
public enum Bound {
    EXACT, AT_LEAST, AT_MOST, RANGE
}
