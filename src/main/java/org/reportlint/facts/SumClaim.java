package org.reportlint.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A total and its parts in one unit: {@code 共50家，其中A 20家、B 10家}, {@code A 3家、B 5家，合计8家}, or a
 * breakdown inferred from parallel sentences. A sentence with parallel totals (projects and investment) gives one
 * claim per column, sharing a {@link #getGroup()}. Arithmetic is exact and honours the precision as written.
 */
public final class SumClaim {
    private final Quantity total;
    private final List<Quantity> parts;
    private final boolean exhaustive;
    private final String cue;
    private final boolean inferred;
    private final int group;
    private final int column;
    private final boolean nested;

    /**
     * @param exhaustive whether the text says the parts are all of the total (合计 after a list, 分别为, 分为)
     * @param cue        the word that ties parts and total (其中, 合计, 分别为, 包括), "" when inferred
     * @param inferred   built from parallel sentences rather than from a cue word
     * @param group      shared by the columns of one breakdown
     * @param nested     a part's label carries a threshold (其中超亿元项目…、超10亿元项目…): subsets, not a partition
     */
    public SumClaim(Quantity total, List<Quantity> parts, boolean exhaustive, String cue, boolean inferred, int group,
                    int column, boolean nested) {
        this.total = total;
        this.parts = List.copyOf(parts);
        this.exhaustive = exhaustive;
        this.cue = cue;
        this.inferred = inferred;
        this.group = group;
        this.column = column;
        this.nested = nested;
    }

    public SumClaim(Quantity total, List<Quantity> parts, boolean exhaustive, String cue, boolean inferred, int group,
                    int column) {
        this(total, parts, exhaustive, cue, inferred, group, column, false);
    }

    public Quantity getTotal() {
        return total;
    }

    public List<Quantity> getParts() {
        return parts;
    }

    public int getPartCount() {
        return parts.size();
    }

    public boolean isExhaustive() {
        return exhaustive;
    }

    public String getCue() {
        return cue;
    }

    public boolean isInferred() {
        return inferred;
    }

    /** Identifies a breakdown; its columns (counts, amounts …) share it. */
    public int getGroup() {
        return group;
    }

    public int getColumn() {
        return column;
    }

    /**
     * Whether a part is labelled by a threshold (超亿元, 10亿元以上, 不足): such parts are nested subsets or
     * overlapping classes, whose sum may legitimately exceed the total or fall short of it.
     */
    public boolean isNested() {
        return nested;
    }

    /** The total's unit as written ({@code 个}, {@code 亿元}, {@code 万亩}): the unit of the arithmetic. */
    public String getUnitText() {
        return total.getUnitText();
    }

    /** The absolute difference of total and parts in the total's written unit ({@code 337}). */
    public String getDifferenceText() {
        return inTotalUnit(getDifference().abs());
    }

    /** The base unit of the column (个, 元). */
    public String getBaseUnit() {
        return total.getBaseUnit();
    }

    /** The sum of the parts, in base units. */
    public BigDecimal getPartsSum() {
        return parts.stream().map(Quantity::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Total minus the sum of the parts, in base units. */
    public BigDecimal getDifference() {
        return total.getValue().subtract(getPartsSum());
    }

    /** The rounding the figures allow together: the total's tolerance plus each part's. */
    public BigDecimal getTolerance() {
        return parts.stream().map(Quantity::getTolerance).reduce(total.getTolerance(), BigDecimal::add);
    }

    /** Whether the parts add up to the total within the rounding as written. */
    public boolean isBalanced() {
        return getDifference().abs().compareTo(getTolerance()) <= 0;
    }

    /** Whether the parts add up to more than the total, beyond rounding. */
    public boolean isPartsExceedTotal() {
        return getDifference().negate().compareTo(getTolerance()) > 0;
    }

    /** Whether every figure is exact (no 约, 以上, ranges): only then is the arithmetic meaningful. */
    public boolean isAllExact() {
        return total.isExact() && parts.stream().allMatch(Quantity::isExact);
    }

    /** The arithmetic in the total's written unit: {@code 1075 + 98 + 490 = 1663}; a single part alone ({@code 162.5}). */
    public String getArithmetic() {
        if (parts.size() == 1) {
            return inTotalUnit(parts.get(0));
        }
        return parts.stream().map(this::inTotalUnit).collect(Collectors.joining(" + ")) + " = "
                + inTotalUnit(getPartsSum());
    }

    /** The total's number in its written unit ({@code 2000}, {@code 3470.6}). */
    public String getTotalNumber() {
        return inTotalUnit(total.getValue());
    }

    private String inTotalUnit(Quantity q) {
        return inTotalUnit(q.getValue());
    }

    private String inTotalUnit(BigDecimal v) {
        BigDecimal n = v.divide(total.getMultiplier(), MathContext.DECIMAL64).stripTrailingZeros();
        return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
    }

    /** From the first to the last figure involved (may span sentences). */
    public Span getSpan() {
        Span a = total.getSpan();
        Span b = total.getSpan();
        for (Quantity p : parts) {
            a = p.getSpan().getStart() < a.getStart() ? p.getSpan() : a;
            b = p.getSpan().getEnd() > b.getEnd() ? p.getSpan() : b;
        }
        Paragraph p = total.getParagraph();
        int from = Math.min(total.getStart(), parts.stream().mapToInt(Quantity::getStart).min().orElse(total.getStart()));
        int to = Math.max(total.getEnd(), parts.stream().mapToInt(Quantity::getEnd).max().orElse(total.getEnd()));
        return p == parts.get(0).getParagraph() ? p.spanOf(from, to) : new Span(a.getStart(), b.getEnd(), null);
    }
}
