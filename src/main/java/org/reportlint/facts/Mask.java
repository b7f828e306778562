package org.reportlint.facts;

/**
 * A censor mark or unfilled placeholder in Chinese text: a letter run standing for words (X中央, ZZ建设,
 * 中央XXXX), a masked name (A同志), or a slot left empty (增长X%, XX县, 某某, 【】, ____). Candidate for
 * {@code masked} rules.
 */
public final class Mask {
    /** A letter run standing for a term: X, XX, ZZ, ××. */
    public static final String CENSORED = "censored";
    /** A single capital letter standing for a person's name before 同志. */
    public static final String NAME = "name";
    /** A slot never filled in: X next to a number or unit, 某某, empty brackets, underscores. */
    public static final String PLACEHOLDER = "placeholder";

    private final String kind;
    private final Span span;
    private final String original;
    private final int support;
    private final boolean wildcard;

    public Mask(String kind, Span span, String original, int support, boolean wildcard) {
        this.kind = kind;
        this.span = span;
        this.original = original;
        this.support = support;
        this.wildcard = wildcard;
    }

    /**
     * Whether the mark is written with signs that stand for any character (X, ×, □) rather than letters that
     * would be pinyin initials (ZZ): a letter run that restores to nothing is likely just Latin (AAA级).
     */
    public boolean isWildcard() {
        return wildcard;
    }

    /**
     * A single sign (×, ＊, □) rather than a letter: between Chinese it is also an operator (数据要素×工业), so it
     * counts as a mark only where the restored term forms words with its neighbours.
     */
    public boolean isLoneSign() {
        String t = span.getText();
        return t.length() == 1 && "×＊□■".indexOf(t.charAt(0)) >= 0;
    }

    public String getKind() {
        return kind;
    }

    public Span getSpan() {
        return span;
    }

    public String getToken() {
        return span.getText();
    }

    /** The likely original (党中央's 党 for the X of X中央), or null when none is known. */
    public String getOriginal() {
        return original;
    }

    public boolean isRestored() {
        return original != null;
    }

    /** How many occurrences of this token in the document have a dictionary word supporting the original. */
    public int getSupport() {
        return support;
    }
}
