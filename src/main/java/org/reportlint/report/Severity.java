package org.reportlint.report;

import java.util.Locale;

/** How sure a finding is: {@code error} certainly wrong, {@code warning} very probably, {@code info} style. */
public enum Severity {
    INFO, WARNING, ERROR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code error|warning|info}; throws {@link IllegalArgumentException} naming the bad value. */
    public static Severity parse(String s) {
        for (Severity v : values()) {
            if (v.label().equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + s + "' (expected error, warning or info)");
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
