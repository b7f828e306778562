package org.reportlint.facts;

/**
 * A unit of text written twice back to back in a paragraph (提升提升, 建建设): candidate for
 * {@code dup_phrase} rules. Word-boundary evidence is computed by the scanner; legitimacy is judged in DRL.
 */
public final class Repeat {
    private final String unit;
    private final Span first;
    private final Span second;
    private final Paragraph paragraph;
    private final boolean acrossLines;
    private final Evidence evidence;
    private final Shape shape;

    /**
     * What the word dictionary says about the text around a repeat; frequencies are the dictionary's corpus
     * counts, 0 when no such word exists.
     *
     * @param leftFreq       a word ending with the first copy and starting before it (农民工|工资: 农民工)
     * @param rightFreq      a word beginning with the second copy and ending after it (农民工|工资: 工资)
     * @param crossFreq      a reading with a word across the junction whose leftovers attach outside (退税|缓税|缓费):
     *                       the weakest of its three words' frequencies (see RepeatScanner#crossReading)
     * @param beforeFreq     a word ending right before the first copy ({@code MAX_VALUE} after a non-Han
     *                       character or at the paragraph start): the first copy does not continue a word
     * @param afterFreq      a word starting right after the second copy ({@code MAX_VALUE} before a non-Han
     *                       character or at the paragraph end)
     * @param prefixWords    how many dictionary words are the unit followed by another word (全+过程, 超+高压):
     *                       a productive prefix may be doubled on purpose (超超临界, 安全全链条)
     * @param unitWord       the unit is one character, a word, or a word followed by a word (示范区)
     * @param unitFreq       frequency of the unit as a word
     * @param unitPos        part of speech of the unit as a word, or null
     * @param afterCounter   numeral-classifier reduplication: 一件件, 一批一批
     * @param numeral        the unit is all Chinese numerals (十五五, 一一)
     * @param echoed         the unit comes a third time right after, with one or two characters between:
     *                       deliberate rhetoric (发展发展再发展, 项目项目还是项目)
     */
    public record Evidence(int leftFreq, int rightFreq, int crossFreq, int beforeFreq, int afterFreq, int prefixWords,
            boolean unitWord, int unitFreq, String unitPos, boolean afterCounter, boolean numeral, boolean echoed) {
    }

    /**
     * What the text around a repeat says beyond word frequencies.
     *
     * @param aabb        a one-character doubling next to another (和和美美, 团团伙伙): AABB reduplication, a shape
     *                    typists never produce by accident
     * @param inBookTitle both copies lie inside 《》: the title of a work, which the report quotes as it is
     * @param afterNumber a one-character unit right after a numeral (近3年|年均): the first copy closes a
     *                    numeral-classifier phrase, as a word ending with it would
     * @param placeBefore a real place name (county level or above, full or short form) ends with the first copy and
     *                    starts before it (周至|至乾县, 河南|南阳)
     * @param placeAfter  a real place name begins with the second copy, or, for a one-character unit, starts right
     *                    after it (周至|至|乾县)
     * @param afterParticle the first copy follows an auxiliary (的, 地, 之: dictionary tag u*), so it continues no
     *                    word (群众的获|获得感)
     */
    public record Shape(boolean aabb, boolean inBookTitle, boolean afterNumber, boolean placeBefore,
            boolean placeAfter, boolean afterParticle) {
        public static final Shape NONE = new Shape(false, false, false, false, false, false);
    }

    public Repeat(String unit, Span first, Span second, Paragraph paragraph, boolean acrossLines, Evidence evidence) {
        this(unit, first, second, paragraph, acrossLines, evidence, Shape.NONE);
    }

    public Repeat(String unit, Span first, Span second, Paragraph paragraph, boolean acrossLines, Evidence evidence,
            Shape shape) {
        this.unit = unit;
        this.first = first;
        this.second = second;
        this.paragraph = paragraph;
        this.acrossLines = acrossLines;
        this.evidence = evidence;
        this.shape = shape;
    }

    /** Half of an AABB reduplication (和和美美). */
    public boolean isAabb() {
        return shape.aabb();
    }

    /** Inside the title marks of a work (《…》). */
    public boolean isInBookTitle() {
        return shape.inBookTitle();
    }

    /** A one-character unit right after a numeral (3年|年均). */
    public boolean isAfterNumber() {
        return shape.afterNumber();
    }

    /** A real place name ends with the first copy (周至|至). */
    public boolean isAfterParticle() {
        return shape.afterParticle();
    }

    public boolean isPlaceBefore() {
        return shape.placeBefore();
    }

    /** A real place name begins with the second copy or right after a one-character one (至|乾县). */
    public boolean isPlaceAfter() {
        return shape.placeAfter();
    }

    /** The repeated unit, e.g. {@code 连片}. */
    public String getUnit() {
        return unit;
    }

    /** The unit doubled, e.g. {@code 提升提升}: what a reduplication lexicon is matched against. */
    public String getDoubled() {
        return unit + unit;
    }

    /** Number of code points in the unit. */
    public int getSize() {
        return unit.codePointCount(0, unit.length());
    }

    public Span getFirst() {
        return first;
    }

    public Span getSecond() {
        return second;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    /** Whether the two copies sit on different physical lines (a repeat across a page or line break). */
    public boolean isAcrossLines() {
        return acrossLines;
    }

    public int getLeftFreq() {
        return evidence.leftFreq();
    }

    public int getRightFreq() {
        return evidence.rightFreq();
    }

    public int getCrossFreq() {
        return evidence.crossFreq();
    }

    public int getBeforeFreq() {
        return evidence.beforeFreq();
    }

    public int getAfterFreq() {
        return evidence.afterFreq();
    }

    public int getPrefixWords() {
        return evidence.prefixWords();
    }

    public boolean isUnitWord() {
        return evidence.unitWord();
    }

    public int getUnitFreq() {
        return evidence.unitFreq();
    }

    /** Part of speech of the unit (ICTCLAS tag from the word list), or {@code ""}. */
    public String getUnitPos() {
        return evidence.unitPos() == null ? "" : evidence.unitPos();
    }

    public boolean isAfterCounter() {
        return evidence.afterCounter();
    }

    public boolean isNumeral() {
        return evidence.numeral();
    }

    public boolean isEchoed() {
        return evidence.echoed();
    }
}
