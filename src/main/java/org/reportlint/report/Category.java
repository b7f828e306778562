package org.reportlint.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The fixed set of finding categories. */
public enum Category {
    DUP_PHRASE, TYPO, MASKED, SUM_MISMATCH, COUNT_MISMATCH, IMPLAUSIBLE_NUMBER, NUMBERING, MARKUP,
    FOREIGN_WORD, NOISE, PUNCT, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Category parse(String s) {
        for (Category c : values()) {
            if (c.label().equals(s)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + s + "' (expected one of " + labels() + ")");
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Category::label).toList();
    }
}
