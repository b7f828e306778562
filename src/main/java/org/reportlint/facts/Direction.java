package org.reportlint.facts;

/** Which way a {@link GrowthClaim} says a metric moved: 增长/提高/上升/增加 or 下降/降低/减少/回落. */
public enum Direction {
    UP, DOWN
}
