package org.reportlint.facts;

/**
 * Text one edit away from a fixed term of {@code rules/data/official_terms.tsv}: one character replaced
 * (稳就业、保金融、稳外贸 for 稳就业、稳金融、稳外贸) or one familiar word blended in (a character inserted into a technical term that makes its tail a common word).
 */
public final class TermNearMiss {
    private final Span span;
    private final String term;
    private final String kind;
    private final String edit;
    private final int length;
    private final boolean shapeAlike;
    private final boolean strongShape;
    private final boolean soundAlike;
    private final boolean parallel;
    private final Setting setting;

    /**
     * Where the text stands, beyond the changed character itself.
     *
     * @param quoted     the text stands inside quotation marks (a coined slogan may pun on a fixed term)
     * @param coined     the changed word is a blend: its first character replaced by that of a listed term ending
     *                   with the word (制造 → 智造, short for 智能制造, in 绿色智造), which is how slogans are coined
     * @param juxtaposed the term's own wording of the changed part stands right before (兜牢|兜实民生底线): two
     *                   verbs sharing one object, both meant
     * @param brokenWord the term is four characters and the half holding the changed character is a dictionary
     *                   word that the text's half is not (数字政府 → 数季政府; 文化惠民 → 文体惠民 keeps a word)
     */
    public record Setting(boolean quoted, boolean coined, boolean juxtaposed, boolean brokenWord) {
    }

    /**
     * @param kind      the term's kind in the lexicon (slogan, tech)
     * @param edit      substitution or insertion
     * @param length     the term's length in Chinese characters
     * @param shapeAlike  the replaced character looks like the term's (same radical and close stroke count, or a
     *                    strong sign)
     * @param strongShape the two characters are listed look-alikes or share all four corners
     * @param soundAlike the replaced character sounds like the term's
     * @param parallel  the term is an enumeration whose items share the replaced character at that place
     * @param setting   quotation marks, coinage and juxtaposition around the text
     */
    public TermNearMiss(Span span, String term, String kind, String edit, int length, boolean shapeAlike,
            boolean strongShape, boolean soundAlike, boolean parallel, Setting setting) {
        this.span = span;
        this.term = term;
        this.kind = kind;
        this.edit = edit;
        this.length = length;
        this.shapeAlike = shapeAlike;
        this.strongShape = strongShape;
        this.soundAlike = soundAlike;
        this.parallel = parallel;
        this.setting = setting;
    }

    public Span getSpan() {
        return span;
    }

    public String getText() {
        return span.getText();
    }

    public String getTerm() {
        return term;
    }

    public String getKind() {
        return kind;
    }

    public String getEdit() {
        return edit;
    }

    public int getLength() {
        return length;
    }

    public boolean isShapeAlike() {
        return shapeAlike;
    }

    public boolean isStrongShape() {
        return strongShape;
    }

    public boolean isSoundAlike() {
        return soundAlike;
    }

    public boolean isParallel() {
        return parallel;
    }

    public boolean isQuoted() {
        return setting.quoted();
    }

    /** Whether the changed word is the short form of a listed term ending with the original word (制造 → 智造). */
    public boolean isCoined() {
        return setting.coined();
    }

    /** Whether the term's own wording of the changed part stands right before (兜牢|兜实民生底线). */
    public boolean isJuxtaposed() {
        return setting.juxtaposed();
    }

    /** Whether the four-character term's half holding the change was a word and the text's half is none. */
    public boolean isBrokenWord() {
        return setting.brokenWord();
    }
}
