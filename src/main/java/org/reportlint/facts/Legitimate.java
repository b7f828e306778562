package org.reportlint.facts;

import java.util.Objects;

/**
 * Evidence, inserted by a support rule, that a candidate at {@code span} is legitimate text (a reduplication,
 * a word boundary, a sanctioned term) and the reason; the reporting rules test {@code not Legitimate(...)}.
 */
public final class Legitimate {
    private final Span span;
    private final String reason;

    public Legitimate(Span span, String reason) {
        this.span = span;
        this.reason = reason;
    }

    public Span getSpan() {
        return span;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Legitimate l && l.span.equals(span) && l.reason.equals(reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(span, reason);
    }
}
