package org.reportlint.facts;

/**
 * A county-level name written right after a prefecture (运城市洪洞县) that names no division of that prefecture:
 * the county is real, but elsewhere.
 */
public final class PlaceMismatch {
    private final Span span;
    private final String prefecture;
    private final String suggestion;

    /** @param suggestion the prefecture's one look-alike county one character away, or null when there is none */
    public PlaceMismatch(Span span, String prefecture, String suggestion) {
        this.span = span;
        this.prefecture = prefecture;
        this.suggestion = suggestion;
    }

    public Span getSpan() {
        return span;
    }

    public String getText() {
        return span.getText();
    }

    public String getPrefecture() {
        return prefecture;
    }

    public String getSuggestion() {
        return suggestion;
    }
}
