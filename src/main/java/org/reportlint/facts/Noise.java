package org.reportlint.facts;

/**
 * Text that is not part of the report: residue of a sharing site (更多资料+【公众号:…】), a URL, a newspaper
 * credit or continuation line (责任编辑…, 上接第一版), page furniture (- 12 -, 第3页 共20页, a running header repeated page after page). Candidate for
 * {@code noise} rules.
 */
public final class Noise {
    public static final String WATERMARK = "watermark";
    public static final String URL = "url";
    public static final String NEWSPAPER = "newspaper";
    public static final String PAGE = "page";
    /** A short line repeated on many pages: a running header or footer. */
    public static final String HEADER = "header";

    private final String kind;
    private final Span span;
    private final boolean wholeLine;
    private final int repeats;
    private final int minGap;
    private final boolean word;

    public Noise(String kind, Span span, boolean wholeLine) {
        this(kind, span, wholeLine, 1, -1, false);
    }

    /**
     * @param repeats how many lines of the document read exactly like this one
     * @param minGap  fewest characters between two consecutive of those lines (-1 for a single one): a running
     *                header recurs a page apart
     * @param word    the line is one dictionary word (揭榜): a word of a sentence split onto its own line, not a title
     */
    public Noise(String kind, Span span, boolean wholeLine, int repeats, int minGap, boolean word) {
        this.kind = kind;
        this.span = span;
        this.wholeLine = wholeLine;
        this.repeats = repeats;
        this.minGap = minGap;
        this.word = word;
    }

    /** Fewest characters between two consecutive lines reading like this one, -1 when it is written once. */
    public int getMinGap() {
        return minGap;
    }

    /** Whether the line is a single dictionary word (a prose word on a line of its own, not a title). */
    public boolean isWord() {
        return word;
    }

    /** How many lines of the document read exactly like this one (running-header candidates). */
    public int getRepeats() {
        return repeats;
    }

    public String getKind() {
        return kind;
    }

    public Span getSpan() {
        return span;
    }

    public String getText() {
        return span.getText();
    }

    /** Whether the noise fills its whole line (the line is to be deleted). */
    public boolean isWholeLine() {
        return wholeLine;
    }
}
