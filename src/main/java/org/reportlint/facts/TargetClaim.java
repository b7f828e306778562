package org.reportlint.facts;

/**
 * A figure the text calls a target, a forecast or a reached result: {@code 预期目标是：地区生产总值增长5.5%以上},
 * {@code 力争新增两家企业}, {@code 预计增长5%}, {@code 超额完成投资120亿元}. Which of the three comes from the cue.
 */
public final class TargetClaim {
    private final String metric;
    private final Quantity quantity;
    private final GrowthClaim growth;
    private final ClaimStatus status;
    private final String cue;
    private final Span cueSpan;

    public TargetClaim(String metric, Quantity quantity, GrowthClaim growth, ClaimStatus status, String cue,
                       Span cueSpan) {
        this.metric = metric;
        this.quantity = quantity;
        this.growth = growth;
        this.status = status;
        this.cue = cue;
        this.cueSpan = cueSpan;
    }

    /** The metric targeted (canonical when known), or null. */
    public String getMetric() {
        return metric;
    }

    /** The figure targeted. */
    public Quantity getQuantity() {
        return quantity;
    }

    /** The growth claim whose rate or value the figure is, or null. */
    public GrowthClaim getGrowth() {
        return growth;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    /** Whether it is a plan, not a result. */
    public boolean isTarget() {
        return status == ClaimStatus.TARGET;
    }

    /** The cue as written (预期目标, 力争, 确保, 预计, 超额完成). */
    public String getCue() {
        return cue;
    }

    public Span getCueSpan() {
        return cueSpan;
    }

    /** The figure's span, with its qualifiers. */
    public Span getSpan() {
        return quantity.getExtent();
    }
}
