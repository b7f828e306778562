package org.reportlint.parse;

/** What a physical line is, decided before lines are joined into paragraphs. */
enum LineKind {
    BLANK,
    /** Running text, possibly broken mid-sentence. */
    PROSE,
    /** A numbered heading line: a marker and a short title, no sentence after it. */
    HEADING,
    /** A short standalone line without punctuation: a title, unless it is the tail of a broken sentence. */
    PLAIN_TITLE,
    /** A bulleted item ({@code - …}). */
    LIST_ITEM,
    /** Page and newspaper furniture: {@code (上接第一版)}, page numbers, e-mail and editor lines. */
    META,
    /** {@code 2024年济南市政府工作报告}. */
    REPORT_TITLE,
    /** {@code ——2024年1月10日在济南市第十八届人民代表大会第三次会议上}, possibly broken over two lines. */
    SUBTITLE,
    /** {@code 各位代表：}. */
    SALUTATION,
    /** {@code 代市长 张新伟} right under the title lines. */
    SPEAKER;

    /** Whether the line belongs to a report's title block. */
    boolean isTitleBlock() {
        return this == REPORT_TITLE || this == SUBTITLE || this == SALUTATION || this == SPEAKER;
    }
}
