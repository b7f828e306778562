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

    public Noise(String kind, Span span, boolean wholeLine) {
        this(kind, span, wholeLine, 1);
    }

    /** @param repeats how many lines of the document read exactly like this one */
    public Noise(String kind, Span span, boolean wholeLine, int repeats) {
        this.kind = kind;
        this.span = span;
        this.wholeLine = wholeLine;
        this.repeats = repeats;
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
