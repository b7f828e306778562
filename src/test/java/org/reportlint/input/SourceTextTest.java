package org.reportlint.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceTextTest {
    @Test
    void columnsCountCodePointsNotChars() {
        // 𠮷 is outside the BMP: two Java chars, one code point
        SourceText s = SourceText.of("a", "𠮷野家在𠮷\n第二行");
        int at = s.text().indexOf("在");
        assertEquals(1, s.lineOf(at));
        assertEquals(4, s.columnOf(at));
        assertEquals(5, s.columnOf(s.text().lastIndexOf("𠮷")));
        assertEquals(at, s.offsetOf(1, 4));
    }

    @Test
    void crLfAndLoneCrAndMissingFinalNewlineAllMakeLines() {
        SourceText s = SourceText.of("a", "一\r\n二\r三\n四");
        assertEquals(4, s.lineCount());
        assertEquals("一", s.lineText(1));
        assertEquals("二", s.lineText(2));
        assertEquals("三", s.lineText(3));
        assertEquals("四", s.lineText(4));
        assertEquals(4, s.lineOf(s.text().indexOf("四")));
        assertEquals(1, s.columnOf(s.text().indexOf("四")));
    }

    @Test
    void endOfLineOffsetBelongsToThatLine() {
        SourceText s = SourceText.of("a", "一二\n三");
        assertEquals(1, s.lineOf(2));
        assertEquals(3, s.columnOf(2));
    }
}
