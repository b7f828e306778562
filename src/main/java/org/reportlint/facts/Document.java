package org.reportlint.facts;

/** The whole input file: one per session. */
public final class Document {
    private final String name;
    private final String text;

    public Document(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public String getName() {
        return name;
    }

    public String getText() {
        return text;
    }

    public int getLength() {
        return text.length();
    }
}
