package org.reportlint.facts;

/**
 * The start of a paragraph that is no word but becomes a dictionary phrase with one character in front
 * (力发展 → 大力发展), after a paragraph that ended a sentence: a character lost at the break.
 */
public final class LostCharacter {
    private final Span span;
    private final String suggestion;

    public LostCharacter(Span span, String suggestion) {
        this.span = span;
        this.suggestion = suggestion;
    }

    public Span getSpan() {
        return span;
    }

    public String getText() {
        return span.getText();
    }

    public String getSuggestion() {
        return suggestion;
    }
}
