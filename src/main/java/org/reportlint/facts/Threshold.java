package org.reportlint.facts;

import java.math.BigDecimal;

/** A named rule parameter from {@code rules/data/thresholds.tsv}, with the source that justifies it. */
public final class Threshold {
    private final String name;
    private final BigDecimal value;
    private final String source;

    public Threshold(String name, BigDecimal value, String source) {
        this.name = name;
        this.value = value;
        this.source = source;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getValue() {
        return value;
    }

    public int getIntValue() {
        return value.intValue();
    }

    public String getSource() {
        return source;
    }
}
