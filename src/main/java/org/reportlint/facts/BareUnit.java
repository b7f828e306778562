package org.reportlint.facts;

/**
 * A unit that needs a number and has none: {@code 增长%}, {@code 提高个百分点}, {@code 稳定在亿元} (a numeral multiplier
 * with its unit and no digits before it), with the change or level verb right before it, if any.
 */
public final class BareUnit {
    private final Span span;
    private final String unitText;
    private final QuantityKind kind;
    private final String verb;
    private final boolean inProse;

    /**
     * @param verb    the change or level verb right before the unit (增长, 稳定在), or null
     * @param inProse whether prose follows (a clause mark, a qualifier or a Han character), not a table cell or a line end
     */
    public BareUnit(Span span, String unitText, QuantityKind kind, String verb, boolean inProse) {
        this.span = span;
        this.unitText = unitText;
        this.kind = kind;
        this.verb = verb;
        this.inProse = inProse;
    }

    /** The unit as written, multiplier included ({@code %}, {@code 个百分点}, {@code 亿元}). */
    public Span getSpan() {
        return span;
    }

    public String getUnitText() {
        return unitText;
    }

    public QuantityKind getKind() {
        return kind;
    }

    /** Whether the unit is a rate that always needs a number (%, ‰, 个百分点). */
    public boolean isRate() {
        return kind == QuantityKind.PERCENT || kind == QuantityKind.PERMILLE || kind == QuantityKind.PERCENTAGE_POINTS;
    }

    public String getVerb() {
        return verb;
    }

    /** The verb, or "" when there is none (for messages). */
    public String getVerbText() {
        return verb == null ? "" : verb;
    }

    public boolean isInProse() {
        return inProse;
    }
}
