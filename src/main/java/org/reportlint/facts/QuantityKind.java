package org.reportlint.facts;

/** What a {@link Quantity} measures; {@code PERCENTAGE_POINTS} (个百分点) is a difference of two percentages. */
public enum QuantityKind {
    AMOUNT, COUNT, PERCENT, PERMILLE, PERCENTAGE_POINTS, RATIO, MULTIPLE, MEASURE, DURATION, YEAR, DATE, PERIOD, OTHER
}
