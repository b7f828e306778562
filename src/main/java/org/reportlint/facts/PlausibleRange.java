package org.reportlint.facts;

import java.math.BigDecimal;

/**
 * A row of {@code rules/data/plausible_ranges.tsv}: the range a metric's growth rate or level (in %) can take in a
 * report, for targets only or for any figure, with the source or reasoning that justifies it.
 */
public final class PlausibleRange {
    public static final String GROWTH = "growth";
    public static final String LEVEL = "level";

    private final String metric;
    private final String measure;
    private final boolean targetsOnly;
    private final BigDecimal min;
    private final BigDecimal max;
    private final String source;

    /**
     * @param measure     {@link #GROWTH} (a rate of change, signed: 下降3% is -3) or {@link #LEVEL} (the figure itself)
     * @param targetsOnly whether the range is for planned figures only (a result may legitimately lie outside it)
     */
    public PlausibleRange(String metric, String measure, boolean targetsOnly, BigDecimal min, BigDecimal max,
                          String source) {
        this.metric = metric;
        this.measure = measure;
        this.targetsOnly = targetsOnly;
        this.min = min;
        this.max = max;
        this.source = source;
    }

    /** The canonical metric of {@code metrics.tsv}. */
    public String getMetric() {
        return metric;
    }

    public String getMeasure() {
        return measure;
    }

    public boolean isGrowth() {
        return GROWTH.equals(measure);
    }

    public boolean isTargetsOnly() {
        return targetsOnly;
    }

    /** Lowest plausible value, in % (signed for growth). */
    public BigDecimal getMin() {
        return min;
    }

    /** Highest plausible value, in %. */
    public BigDecimal getMax() {
        return max;
    }

    public String getSource() {
        return source;
    }

    /** {@code 0%～25%}, for messages. */
    public String getRangeText() {
        return min.stripTrailingZeros().toPlainString() + "%～" + max.stripTrailingZeros().toPlainString() + "%";
    }
}
