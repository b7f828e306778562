package org.reportlint.facts;

/**
 * Four Chinese characters, themselves no word, one character off exactly one common idiom (成语) of the general word
 * list (全力以赴 written with its last character changed): candidate for the idiom rule.
 */
public final class IdiomNearMiss {
    private final Span span;
    private final String idiom;
    private final int frequency;
    private final boolean shapeAlike;
    private final boolean soundAlike;
    private final boolean quoted;
    private final Shape shape;

    /**
     * How the text reads apart from the idiom.
     *
     * @param rareCharacter the changed character is rare (below the common word frequency as a single-character
     *                      word): input methods slip to common characters, a rare one is chosen on purpose, as the
     *                      variant form 勠力同心 of 戮力同心
     * @param twoWords      both halves of the text are common words (精神|文化): a phrase composed of words, not a
     *                      damaged idiom
     * @param repeated      the document writes the same four characters more than once: a phrase of its own
     */
    public record Shape(boolean rareCharacter, boolean twoWords, boolean repeated) {
    }

    /**
     * @param idiom      the idiom the text is one character off
     * @param frequency  the idiom's corpus frequency in the word list (how common it is)
     * @param shapeAlike the changed character looks like the idiom's (listed look-alike, same radical and close
     *                   strokes, or same four corners)
     * @param soundAlike the changed character sounds like the idiom's
     * @param quoted     the text stands inside quotation marks (a coined slogan may pun on an idiom)
     */
    public IdiomNearMiss(Span span, String idiom, int frequency, boolean shapeAlike, boolean soundAlike,
            boolean quoted, Shape shape) {
        this.span = span;
        this.idiom = idiom;
        this.frequency = frequency;
        this.shapeAlike = shapeAlike;
        this.soundAlike = soundAlike;
        this.quoted = quoted;
        this.shape = shape;
    }

    public Span getSpan() {
        return span;
    }

    public String getText() {
        return span.getText();
    }

    public String getIdiom() {
        return idiom;
    }

    public int getFrequency() {
        return frequency;
    }

    public boolean isShapeAlike() {
        return shapeAlike;
    }

    public boolean isSoundAlike() {
        return soundAlike;
    }

    public boolean isQuoted() {
        return quoted;
    }

    /** The changed character is rare: written on purpose (a variant form), not slipped to. */
    public boolean isRareCharacter() {
        return shape.rareCharacter();
    }

    /** The document writes the same text more than once. */
    public boolean isRepeated() {
        return shape.repeated();
    }

    /** Both halves are common words: a composed phrase. */
    public boolean isTwoWords() {
        return shape.twoWords();
    }
}
