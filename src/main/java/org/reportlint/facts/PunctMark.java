package org.reportlint.facts;

/**
 * A punctuation mark that may break GB/T 15834: an opening or closing mark without its partner in the paragraph
 * ({@link #UNPAIRED}), two separators in a row ({@link #DOUBLED}: 。。 ，，), ASCII hyphens for a dash
 * ({@link #DASH}: --), or a half-width mark between Chinese characters ({@link #HALF_WIDTH}).
 */
public final class PunctMark {
    public static final String UNPAIRED = "unpaired";
    public static final String DOUBLED = "doubled";
    public static final String DASH = "dash";
    public static final String HALF_WIDTH = "half-width";

    private final String kind;
    private final Span span;
    private final String replacement;

    public PunctMark(String kind, Span span, String replacement) {
        this.kind = kind;
        this.span = span;
        this.replacement = replacement;
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
}
