package org.reportlint.facts;

import java.math.BigDecimal;

/**
 * A figure of a known metric stated as a plain result (地区生产总值增长5.2%, 全市地区生产总值5123亿元), with what
 * makes two such figures comparable: the report, the top-level section, and a key of everything that could make
 * them legitimately differ (the role, the years, periods and durations of the sentence, the base).
 * Targets, forecasts, bounds, approximations and increments (新增, 累计) give no mention.
 */
public final class MetricMention {
    public static final String RATE = "rate";
    public static final String LEVEL = "level";

    private final Quantity quantity;
    private final String metric;
    private final String role;
    private final String key;
    private final Report report;
    private final int section;

    /**
     * @param role    {@link #RATE} (the rate of a growth claim) or {@link #LEVEL} (the figure itself)
     * @param key     everything besides metric, report and section that two comparable mentions share
     * @param section index of the top-level section the figure is in
     */
    public MetricMention(Quantity quantity, String metric, String role, String key, Report report, int section) {
        this.quantity = quantity;
        this.metric = metric;
        this.role = role;
        this.key = key;
        this.report = report;
        this.section = section;
    }

    public Quantity getQuantity() {
        return quantity;
    }

    public String getMetric() {
        return metric;
    }

    public String getRole() {
        return role;
    }

    /** Role, the sentence's time expressions, the comparison base and direction, e.g. {@code rate|2023年|比上年|UP}. */
    public String getKey() {
        return key;
    }

    public Report getReport() {
        return report;
    }

    public int getSection() {
        return section;
    }

    /** Start of the figure in the file: orders two mentions. */
    public int getPosition() {
        return quantity.getSpan().getStart();
    }

    public Span getSpan() {
        return quantity.getSpan();
    }

    /** Whether the two figures cannot be the same value, beyond the rounding of both (a whole % is ±0.5). */
    public boolean differsFrom(MetricMention other) {
        Quantity a = quantity;
        Quantity b = other.quantity;
        if (!GrowthArithmetic.comparable(a, b)) {
            return false;
        }
        BigDecimal slack = GrowthArithmetic.slack(a).add(GrowthArithmetic.slack(b));
        return a.getValue().subtract(b.getValue()).abs().compareTo(slack) > 0;
    }
}
