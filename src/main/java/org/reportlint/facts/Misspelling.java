package org.reportlint.facts;

/** An occurrence of a known wrong word ({@code rules/data/misspellings.tsv}) that is not part of a longer word. */
public final class Misspelling {
    private final Span span;
    private final String suggestion;
    private final boolean dictionaryWord;

    /** @param dictionaryWord the wrong form is also listed (rarely) in the general word list */
    public Misspelling(Span span, String suggestion, boolean dictionaryWord) {
        this.span = span;
        this.suggestion = suggestion;
        this.dictionaryWord = dictionaryWord;
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

    public boolean isDictionaryWord() {
        return dictionaryWord;
    }
}
