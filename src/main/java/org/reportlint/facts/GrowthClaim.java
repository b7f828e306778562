package org.reportlint.facts;

import java.math.BigDecimal;

/**
 * A statement that a metric changed: a rate ({@code 地区生产总值增长5.5%}), a change in points or units
 * ({@code 提高2个百分点}, {@code 增加1.2万人}), or a move from one value to another ({@code 由22.5%提高到23.5%},
 * {@code 从2017年的321家增加到8726家}), with its direction and comparison base (同比, 比上年, 年均, 较2019年).
 */
public final class GrowthClaim {
    private final String metric;
    private final Direction direction;
    private final Quantity rate;
    private final Quantity delta;
    private final Quantity from;
    private final Quantity to;
    private final String base;
    private final String verb;
    private final Span span;
    private final Sentence sentence;

    public GrowthClaim(String metric, Direction direction, Quantity rate, Quantity delta, Quantity from, Quantity to,
                       String base, String verb, Span span, Sentence sentence) {
        this.metric = metric;
        this.direction = direction;
        this.rate = rate;
        this.delta = delta;
        this.from = from;
        this.to = to;
        this.base = base;
        this.verb = verb;
        this.span = span;
        this.sentence = sentence;
    }

    /** The metric that changed (canonical when known), or null. */
    public String getMetric() {
        return metric;
    }

    public Direction getDirection() {
        return direction;
    }

    /** The rate of change: a PERCENT or MULTIPLE quantity (增长5.5%, 增长1倍), or null. */
    public Quantity getRate() {
        return rate;
    }

    /** An absolute change: percentage points, a count or an amount (提高2个百分点, 增加1.2万人), or null. */
    public Quantity getDelta() {
        return delta;
    }

    /** The value before (由A), or null. */
    public Quantity getFrom() {
        return from;
    }

    /** The value after (到B, 增至B), or null. */
    public Quantity getTo() {
        return to;
    }

    /** Whether both ends of a from-to change are given. */
    public boolean isFromTo() {
        return from != null && to != null;
    }

    /** The comparison base as written (同比, 比上年, 年均, 较2019年), or null. */
    public String getBase() {
        return base;
    }

    /** Whether the rate is an annual average (年均). */
    public boolean isAnnualAverage() {
        return base != null && base.contains("年均");
    }

    /** The verb as written (增长, 提高到, 降至, 涨幅). */
    public String getVerb() {
        return verb;
    }

    /** From the first to the last figure of the claim, verb included. */
    public Span getSpan() {
        return span;
    }

    public Sentence getSentence() {
        return sentence;
    }

    public String getText() {
        return span.getText();
    }

    /** Whether the base names a year (较2019年, 比2020年): a change over several years, not an annual rate. */
    public boolean isMultiYearBase() {
        return base != null && base.chars().anyMatch(Character::isDigit);
    }

    /** The lowest rate in % the claim allows, signed (下降3%～5% → -5); null without a percentage rate. */
    public BigDecimal getSignedRateMin() {
        return signedRate(true);
    }

    /** The highest rate in % the claim allows, signed (增长5.5%以上 → 5.5); null without a percentage rate. */
    public BigDecimal getSignedRateMax() {
        return signedRate(false);
    }

    private BigDecimal signedRate(boolean min) {
        if (rate == null || rate.getKind() != QuantityKind.PERCENT) {
            return null;
        }
        BigDecimal lo = rate.getLow() != null ? rate.getLow() : rate.getValue();
        BigDecimal hi = rate.getHigh() != null ? rate.getHigh() : rate.getValue();
        if (direction == Direction.DOWN) {
            return min ? hi.negate() : lo.negate();
        }
        return min ? lo : hi;
    }

    /**
     * Which way the two ends of a from-to claim moved beyond the rounding as written: 1 up, -1 down, 0 when they
     * are equal within rounding, in different units, or no from-to claim.
     */
    public int getChangeSign() {
        return GrowthArithmetic.changeSign(from, to);
    }

    /** Whether the rate stated (增长x%) cannot be the one the two ends give, beyond the rounding of all three. */
    public boolean isRateMismatch() {
        return isFromTo() && GrowthArithmetic.rateMismatch(from, to, rate, direction);
    }

    /** Whether the change stated (提高x个百分点, 增加x万人) cannot be the difference of the two ends. */
    public boolean isDeltaMismatch() {
        return isFromTo() && GrowthArithmetic.deltaMismatch(from, to, delta, direction);
    }

    /** The rate the two ends give, as the rate is written ({@code 20.5%}); null when not computable. */
    public String getImpliedRateText() {
        return isFromTo() ? GrowthArithmetic.impliedRateText(from, to, rate) : null;
    }

    /** The change the two ends give, in the delta's written unit ({@code 1.5个百分点}); null when not computable. */
    public String getImpliedDeltaText() {
        return isFromTo() ? GrowthArithmetic.impliedDeltaText(from, to, delta) : null;
    }
}
