package org.reportlint.facts;

/**
 * A punctuation mark that may break GB/T 15834: an opening or closing mark without its partner in the paragraph
 * ({@link #UNPAIRED}), two separators in a row ({@link #DOUBLED}: 。。 ，，), ASCII hyphens for a dash
 * ({@link #DASH}: --), or a half-width mark between Chinese characters ({@link #HALF_WIDTH}). An unpaired mark
 * carries the evidence that may still explain it: a partner left unpaired in a nearby paragraph (【字号：/加大/】
 * of a scraped web page, a heading broken as （/三）…), or a decorative run (》》点击进入《《).
 */
public final class PunctMark {
    public static final String UNPAIRED = "unpaired";
    public static final String DOUBLED = "doubled";
    public static final String DASH = "dash";
    public static final String HALF_WIDTH = "half-width";

    private final String kind;
    private final Span span;
    private final String replacement;
    private final int partnerGap;
    private final boolean ornament;

    public PunctMark(String kind, Span span, String replacement) {
        this(kind, span, replacement, -1, false);
    }

    /**
     * @param partnerGap characters of paragraph text between an unpaired mark and the unpaired partner that closes
     *                   (or opens) it in another paragraph, or -1 when there is none
     * @param ornament   the mark belongs to a decorative run: a run of two or more closing marks before a run of
     *                   two or more opening ones (》》点击进入《《), arrows rather than a title or quotation
     */
    public PunctMark(String kind, Span span, String replacement, int partnerGap, boolean ornament) {
        this.kind = kind;
        this.span = span;
        this.replacement = replacement;
        this.partnerGap = partnerGap;
        this.ornament = ornament;
    }

    public String getKind() {
        return kind;
    }

    public Span getSpan() {
        return span;
    }

    public String getText() {
        return span.getText();
    }

    /** What GB/T 15834 would write instead (， for a half-width comma, —— for --), or null. */
    public String getReplacement() {
        return replacement;
    }

    /** Characters between an unpaired mark and its partner in another paragraph, or -1 when it has none. */
    public int getPartnerGap() {
        return partnerGap;
    }

    /** Whether an unpaired mark is an ornament (》》…《《), not a quotation, title or bracket. */
    public boolean isOrnament() {
        return ornament;
    }
}
