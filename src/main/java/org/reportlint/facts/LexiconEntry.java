package org.reportlint.facts;

/** One row of a lexicon in {@code rules/data/<lexicon>.tsv}: a text, an optional value and note. */
public final class LexiconEntry {
    private final String lexicon;
    private final String text;
    private final String value;
    private final String note;

    public LexiconEntry(String lexicon, String text, String value, String note) {
        this.lexicon = lexicon;
        this.text = text;
        this.value = value;
        this.note = note;
    }

    /** The lexicon's name: its file name without {@code .tsv}. */
    public String getLexicon() {
        return lexicon;
    }

    public String getText() {
        return text;
    }

    /** Second column: a correction, a category or a number, depending on the lexicon; may be empty. */
    public String getValue() {
        return value;
    }

    public String getNote() {
        return note;
    }
}
