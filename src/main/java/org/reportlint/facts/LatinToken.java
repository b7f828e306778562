package org.reportlint.facts;

/**
 * A run of Latin letters in a paragraph (and, GDP, NB-IoT, REITs) with what the scanner knows about it: its
 * shape, whether it is a common English word or a sanctioned term, and whether Chinese text surrounds it.
 * Candidate for {@code foreign_word} and stray-letter rules.
 */
public final class LatinToken {
    private final Span span;
    private final boolean englishWord;
    private final boolean functionWord;
    private final boolean knownTerm;
    private final boolean hanBefore;
    private final boolean hanAfter;
    private final boolean firstInDocument;
    private final String gloss;
    private final boolean insideWord;

    public LatinToken(Span span, boolean englishWord, boolean functionWord, boolean knownTerm, boolean hanBefore,
            boolean hanAfter, boolean firstInDocument, String gloss, boolean insideWord) {
        this.gloss = gloss;
        this.insideWord = insideWord;
        this.span = span;
        this.englishWord = englishWord;
        this.functionWord = functionWord;
        this.knownTerm = knownTerm;
        this.hanBefore = hanBefore;
        this.hanAfter = hanAfter;
        this.firstInDocument = firstInDocument;
    }

    public Span getSpan() {
        return span;
    }

    public String getText() {
        return span.getText();
    }

    public int getLength() {
        return span.getText().length();
    }

    /** All letters lower case (and, the). */
    public boolean isLowerCase() {
        return span.getText().chars().allMatch(c -> c < 'A' || c > 'Z');
    }

    /** All letters upper case (GDP, RCEP). */
    public boolean isUpperCase() {
        return span.getText().chars().allMatch(c -> c < 'a' || c > 'z');
    }

    /** Letters with digits (G60, T800, C919, COP15): a designation of a road, model or event, not an abbreviation. */
    public boolean isDesignation() {
        return span.getText().chars().anyMatch(Character::isDigit);
    }

    /** A common English word (rules/data/english-words.tsv), compared in lower case. */
    public boolean isEnglishWord() {
        return englishWord;
    }

    /** An English function word (and, of, the: rules/data/english-glosses.tsv), compared in lower case. */
    public boolean isFunctionWord() {
        return functionWord;
    }

    /** A sanctioned acronym or Latin term (rules/data/latin-terms.tsv), as written or as the lower case of one. */
    public boolean isKnownTerm() {
        return knownTerm;
    }

    /** The nearest character before it, spaces skipped, is Chinese. */
    public boolean isHanBefore() {
        return hanBefore;
    }

    /** The nearest character after it, spaces skipped, is Chinese. */
    public boolean isHanAfter() {
        return hanAfter;
    }

    /** The usual Chinese rendering of an English function word (and → 和), or null. */
    public String getGloss() {
        return gloss;
    }

    /**
     * A single letter between two characters that form a common word without it, where the character before
     * closes no word of its own (体e系, 就i业; not 乡村e镇, where e prefixes the coinage e镇).
     */
    public boolean isInsideWord() {
        return insideWord;
    }

    /** The first occurrence of this spelling in the document. */
    public boolean isFirstInDocument() {
        return firstInDocument;
    }
}
