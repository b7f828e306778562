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
        this.span = span;
        this.suggestion = suggestion;
        this.area = area;
        this.real = real;
        this.sameArea = sameArea;
        this.lookAlike = lookAlike;
        this.localContext = localContext;
        this.tokenMentions = tokenMentions;
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

    @Override
    public String toString() {
        return "PlaceSuspect[" + span + " -> " + suggestion + (real ? " real" : "") + (sameArea ? " sameArea" : "")
                + (lookAlike ? " lookAlike" : "") + (localContext ? " local" : "") + " x" + tokenMentions + "]";
    }
}
