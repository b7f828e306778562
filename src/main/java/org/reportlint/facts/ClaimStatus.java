package org.reportlint.facts;

/** What the text says a figure is: a target (目标, 力争, 确保), a forecast (预计) or a result reached (完成了, 超额完成). */
public enum ClaimStatus {
    TARGET, EXPECTED, ACHIEVED
}
