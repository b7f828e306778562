package org.reportlint.facts;

/**
 * A bare digit where a number-letter term belongs (5基站 for 5G基站, “5+工业互联网” for 5G+): the letters were
 * stripped. Candidate for the stripped-letter rule.
 */
public final class StrippedTerm {
    private final Span span;
    private final String term;
    private final String following;
    private final boolean plus;
    private final boolean countable;
    private final boolean termWritten;
    private final boolean officialTerm;
    private final int documentNouns;

    /**
     * @param countable     the noun is attested right after a Chinese numeral (一季度, 五小时) or begins with a
     *                      classifier, so a digit may count it directly
     * @param termWritten   the document writes the full term before the same noun elsewhere (5G基站)
     * @param officialTerm  the full term with the text after the digit begins a fixed term of national documents
     *                      (5G基站, 5G+工业互联网 in official_terms.tsv): only that term stands there
     * @param documentNouns how many distinct nouns that no digit counts directly (not 8英寸, 5小时) follow a bare
     *                      digit of this term in the document: letters stripped by an export are stripped throughout
     */
    public StrippedTerm(Span span, String term, String following, boolean plus, boolean countable,
            boolean termWritten, boolean officialTerm, int documentNouns) {
        this.span = span;
        this.term = term;
        this.following = following;
        this.plus = plus;
        this.countable = countable;
        this.termWritten = termWritten;
        this.officialTerm = officialTerm;
        this.documentNouns = documentNouns;
    }

    public boolean isCountable() {
        return countable;
    }

    public boolean isTermWritten() {
        return termWritten;
    }

    public boolean isOfficialTerm() {
        return officialTerm;
    }

    public int getDocumentNouns() {
        return documentNouns;
    }

    /** The bare digit. */
    public Span getSpan() {
        return span;
    }

    public String getDigit() {
        return span.getText();
    }

    /** The term the digit most likely stood in, e.g. 5G. */
    public String getTerm() {
        return term;
    }

    /** The noun after the digit (基站), or the text after the plus sign. */
    public String getFollowing() {
        return following;
    }

    /** The digit is followed by + and Chinese (5+工业互联网): a slogan of the form 5G+X. */
    public boolean isPlus() {
        return plus;
    }
}
