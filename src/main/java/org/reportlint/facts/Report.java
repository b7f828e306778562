package org.reportlint.facts;

import java.time.LocalDate;

/**
 * One report of a file: a compilation holds several, a newspaper reprint or an abridged version one. Title,
 * place and year are read from its title lines, or conservatively from its text; each is null when unknown.
 */
public final class Report {
    private final int index;
    private final int firstLine;
    private final int lastLine;
    private final Span span;
    private final Span titleSpan;
    private final Span subtitleSpan;
    private final String city;
    private final Integer year;
    private final LocalDate date;
    private final String meeting;
    private final boolean continued;
    private final boolean truncated;

    /** Everything a report is known by; see the getters for each argument. */
    public Report(int index, int firstLine, int lastLine, Span span, Span titleSpan, Span subtitleSpan,
            String city, Integer year, LocalDate date, String meeting, boolean continued, boolean truncated) {
        this.index = index;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.span = span;
        this.titleSpan = titleSpan;
        this.subtitleSpan = subtitleSpan;
        this.city = city;
        this.year = year;
        this.date = date;
        this.meeting = meeting;
        this.continued = continued;
        this.truncated = truncated;
    }

    /** 0-based position of the report in its file. */
    public int getIndex() {
        return index;
    }

    public int getFirstLine() {
        return firstLine;
    }

    public int getLastLine() {
        return lastLine;
    }

    /** The whole report, from its first to its last line, exactly as in the file. */
    public Span getSpan() {
        return span;
    }

    /** The title line, e.g. {@code 2024年济南市政府工作报告}; null when the report has none. */
    public String getTitle() {
        return titleSpan == null ? null : titleSpan.getText();
    }

    public Span getTitleSpan() {
        return titleSpan;
    }

    /** The meeting line, e.g. {@code 2024年1月10日在济南市第十八届人民代表大会第三次会议上}, or null. */
    public String getSubtitle() {
        return subtitleSpan == null ? null : subtitleSpan.getText();
    }

    public Span getSubtitleSpan() {
        return subtitleSpan;
    }

    /**
     * The place whose government reports, as written ({@code 济南市}, {@code 泰州市高港区}, {@code 运城市}), or null.
     */
    public String getCity() {
        return city;
    }

    /** The year the report was delivered ({@code 2024} for the report reviewing 2023), or null. */
    public Integer getYear() {
        return year;
    }

    /** The day the report was delivered, from the meeting line, or null. */
    public LocalDate getDate() {
        return date;
    }

    /** The congress session, e.g. {@code 第十八届人民代表大会第三次会议} or {@code 五届人大三次会议}, or null. */
    public String getMeeting() {
        return meeting;
    }

    /** Whether the title says the text is an abridged version (摘要). */
    public boolean isAbridged() {
        String t = getTitle();
        return t != null && t.contains("摘要");
    }

    /** Whether the text starts in the middle of the report ({@code (上接第一版)}): what came before is elsewhere. */
    public boolean isContinued() {
        return continued;
    }

    /**
     * Whether the report stops before its end: a {@code (下转第三版)} marker, or a last line that breaks off
     * mid-sentence. Items a count announces may be missing for that reason, not because the count is wrong.
     */
    public boolean isTruncated() {
        return truncated;
    }
}
