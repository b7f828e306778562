package org.reportlint.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact interval arithmetic behind {@link GrowthClaim}'s checks: every written figure stands for the interval its
 * rounding allows (1.2亿 → [1.15亿, 1.25亿]); two figures disagree only when their intervals do not meet.
 */
final class GrowthArithmetic {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext MC = MathContext.DECIMAL64;

    private GrowthArithmetic() {
    }

    /** Two figures that can be compared: same base unit and kind, exact, not malformed. */
    static boolean comparable(Quantity a, Quantity b) {
        return a != null && b != null && a.getKind() == b.getKind() && a.getBaseUnit().equals(b.getBaseUnit())
                && a.isExact() && b.isExact() && !a.isMalformed() && !b.isMalformed();
    }

    /**
     * The sign of the change from {@code from} to {@code to} beyond rounding. A bound or an approximation on either
     * end (提高到53.4%以上, 63%左右) is read as its figure: a target below the start is written as a fall whatever
     * its qualifier. Ranges give no sign.
     */
    static int changeSign(Quantity from, Quantity to) {
        if (from == null || to == null || from.getKind() != to.getKind()
                || !from.getBaseUnit().equals(to.getBaseUnit()) || from.isMalformed() || to.isMalformed()
                || from.getBound() == Bound.RANGE || to.getBound() == Bound.RANGE) {
            return 0;
        }
        BigDecimal diff = to.getValue().subtract(from.getValue());
        BigDecimal slack = from.getTolerance().add(to.getTolerance());
        return diff.abs().compareTo(slack) <= 0 ? 0 : diff.signum();
    }

    /**
     * The rounding a figure allows: as written (1.2亿 → ±0.05亿; a count is exact), but a whole percentage
     * (增长20%, 提高2个百分点) is taken as rounded to the unit, ±0.5.
     */
    static BigDecimal slack(Quantity q) {
        boolean percent = q.getKind() == QuantityKind.PERCENT || q.getKind() == QuantityKind.PERCENTAGE_POINTS;
        return percent && q.getTolerance().signum() == 0 ? new BigDecimal("0.5") : q.getTolerance();
    }

    static boolean rateMismatch(Quantity from, Quantity to, Quantity rate, Direction direction) {
        if (!comparable(from, to) || rate == null || rate.getKind() != QuantityKind.PERCENT || !rate.isExact()
                || from.getValue().signum() <= 0) {
            return false;
        }
        BigDecimal fromLo = from.getValue().subtract(slack(from));
        BigDecimal fromHi = from.getValue().add(slack(from));
        BigDecimal toLo = to.getValue().subtract(slack(to));
        BigDecimal toHi = to.getValue().add(slack(to));
        if (fromLo.signum() <= 0) {
            return false;
        }
        BigDecimal impliedLo = toLo.subtract(fromHi).multiply(HUNDRED).divide(fromHi, MC);
        BigDecimal impliedHi = toHi.subtract(fromLo).multiply(HUNDRED).divide(fromLo, MC);
        BigDecimal stated = direction == Direction.DOWN ? rate.getValue().negate() : rate.getValue();
        BigDecimal s = slack(rate);
        return stated.add(s).compareTo(impliedLo) < 0 || stated.subtract(s).compareTo(impliedHi) > 0;
    }

    static boolean deltaMismatch(Quantity from, Quantity to, Quantity delta, Direction direction) {
        if (!comparable(from, to) || delta == null || !delta.isExact()) {
            return false;
        }
        boolean points = delta.getKind() == QuantityKind.PERCENTAGE_POINTS && from.getKind() == QuantityKind.PERCENT;
        boolean same = delta.getKind() == from.getKind() && delta.getBaseUnit().equals(from.getBaseUnit());
        if (!points && !same) {
            return false;
        }
        BigDecimal diff = to.getValue().subtract(from.getValue());
        BigDecimal stated = direction == Direction.DOWN ? delta.getValue().negate() : delta.getValue();
        BigDecimal allowed = slack(from).add(slack(to)).add(slack(delta));
        return diff.subtract(stated).abs().compareTo(allowed) > 0;
    }

    static String impliedRateText(Quantity from, Quantity to, Quantity rate) {
        if (!comparable(from, to) || rate == null || from.getValue().signum() <= 0) {
            return null;
        }
        BigDecimal r = to.getValue().subtract(from.getValue()).multiply(HUNDRED).divide(from.getValue(), MC);
        int scale = Math.max(1, rate.getDecimals());
        return r.setScale(scale, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String impliedDeltaText(Quantity from, Quantity to, Quantity delta) {
        if (!comparable(from, to) || delta == null) {
            return null;
        }
        BigDecimal d = to.getValue().subtract(from.getValue()).abs().divide(delta.getMultiplier(), MC);
        int scale = Math.max(Math.max(0, delta.getDecimals()), Math.max(from.getDecimals(), to.getDecimals()));
        return d.setScale(Math.max(0, scale), RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                + delta.getUnitText();
    }
}
