package org.reportlint.facts;

/**
 * Residue of a markup language in plain text: Markdown ({@code **粗体**}, {@code # 标题}), LaTeX
 * ({@code PM_{2.5}}, {@code ^{2}}, {@code \frac}) or HTML ({@code <br>}, {@code &nbsp;}), with the plain text it
 * stands for. Candidate for {@code markup} rules.
 */
public final class Markup {
    private final String language;
    private final Span span;
    private final String plain;

    public Markup(String language, Span span, String plain) {
        this.language = language;
        this.span = span;
        this.plain = plain;
    }

    /** {@code Markdown}, {@code LaTeX} or {@code HTML}. */
    public String getLanguage() {
        return language;
    }

    public Span getSpan() {
        return span;
    }

    public String getText() {
        return span.getText();
    }

    /** What the markup stands for in plain text ({@code PM2.5} for {@code PM_{2.5}}); "" to delete. */
    public String getPlain() {
        return plain;
    }
}
