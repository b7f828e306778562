package org.reportlint.facts;

/**
 * A place-like token that is one character away from a real division: either not a real place at all (绵县 where
 * the report's prefecture has 绛县), or a real place far from the report standing where a local one is meant. The
 * evidence is in the fields; the rules decide.
 */
public final class PlaceSuspect {
    private final Span span;
    private final String suggestion;
    private final String area;
    private final boolean real;
    private final boolean sameArea;
    private final boolean lookAlike;
    private final boolean localContext;
    private final int tokenMentions;
    private final Setting setting;

    /**
     * Where the token stands.
     *
     * @param quoted   the token fills a pair of quotation marks (“深水区”): a word in a special sense, not a place
     * @param routeEnd the token is an end of a route between two places (重庆至武汉段, 武汉—重庆): routes name
     *                 places of other provinces legitimately
     * @param cue      what says a place of the report's own province is meant there: {@code list} (a 、-list of
     *                 its places), {@code parent} (right after the province or prefecture name: 天津某海),
     *                 {@code site} (before a site word: 站, 机场, 新区), {@code route} (an end of a route whose other
     *                 end is a real place: 南宁至某海), {@code verb} (after a common verb) or {@code clause} (at a
     *                 clause start): the last two are weak and need more evidence; "" when nothing says so
     */
    public record Setting(boolean quoted, boolean routeEnd, String cue) {
        public static final Setting PLAIN = new Setting(false, false);

        public Setting(boolean quoted, boolean routeEnd) {
            this(quoted, routeEnd, "");
        }
    }

    /**
     * @param area          the prefecture the report is about there (运城市)
     * @param real          the token itself names a real division (elsewhere in China)
     * @param sameArea      the suggested division lies in the prefecture the report is about
     * @param lookAlike     the differing characters look or sound alike
     * @param localContext  the token is followed by a local facility or project word (电厂, 连接线 …)
     * @param tokenMentions how often the token occurs in the whole document
     */
    public PlaceSuspect(Span span, String suggestion, String area, boolean real, boolean sameArea, boolean lookAlike,
            boolean localContext, int tokenMentions) {
        this(span, suggestion, area, real, sameArea, lookAlike, localContext, tokenMentions, Setting.PLAIN);
    }

    /** @param setting quotation marks and routes around the token */
    public PlaceSuspect(Span span, String suggestion, String area, boolean real, boolean sameArea, boolean lookAlike,
            boolean localContext, int tokenMentions, Setting setting) {
        this.span = span;
        this.suggestion = suggestion;
        this.area = area;
        this.real = real;
        this.sameArea = sameArea;
        this.lookAlike = lookAlike;
        this.localContext = localContext;
        this.tokenMentions = tokenMentions;
        this.setting = setting;
    }

    public Span getSpan() {
        return span;
    }

    public String getText() {
        return span.getText();
    }

    public String getSuggestion() {
        return suggestion;
    }

    public String getArea() {
        return area;
    }

    public boolean isReal() {
        return real;
    }

    public boolean isSameArea() {
        return sameArea;
    }

    public boolean isLookAlike() {
        return lookAlike;
    }

    public boolean isLocalContext() {
        return localContext;
    }

    public int getTokenMentions() {
        return tokenMentions;
    }

    /** Whether the token fills a pair of quotation marks (“深水区”). */
    public boolean isQuoted() {
        return setting.quoted();
    }

    /** What says a place of the report's own province is meant there ("" when nothing does; see {@link Setting}). */
    public String getCue() {
        return setting.cue();
    }

    /** Whether the token is an end of a route between two places (重庆至武汉段). */
    public boolean isRouteEnd() {
        return setting.routeEnd();
    }

    @Override
    public String toString() {
        return "PlaceSuspect[" + span + " -> " + suggestion + (real ? " real" : "") + (sameArea ? " sameArea" : "")
                + (lookAlike ? " lookAlike" : "") + (localContext ? " local" : "") + " x" + tokenMentions
                + (setting.cue().isEmpty() ? "" : " cue=" + setting.cue()) + "]";
    }
}
