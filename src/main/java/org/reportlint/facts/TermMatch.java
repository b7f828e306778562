package org.reportlint.facts;

/**
 * An occurrence in the text of an entry of a scanned lexicon ({@code # scan: yes} in its header), e.g. a
 * legitimate reduplication 家家户户 or a sanctioned acronym: the evidence exception rules test against.
 */
public final class TermMatch {
    private final String lexicon;
    private final String text;
    private final String value;
    private final Span span;

    public TermMatch(String lexicon, String text, String value, Span span) {
        this.lexicon = lexicon;
        this.text = text;
        this.value = value;
        this.span = span;
    }

    public String getLexicon() {
        return lexicon;
    }

    public String getText() {
        return text;
    }

    public String getValue() {
        return value;
    }

    public Span getSpan() {
        return span;
    }
}
