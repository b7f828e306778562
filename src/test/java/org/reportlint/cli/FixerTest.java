package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.input.SourceText;
import org.reportlint.report.Finding;

class FixerTest {
    private static Finding at(int line, int col, int endLine, int endCol, String suggestion) {
        return new Finding("f", line, col, endLine, endCol, "r", "other", "error", "m", "", suggestion);
    }

    @Test
    void appliesNonOverlappingFixesInTextOrder() {
        SourceText s = SourceText.of("f", "甲乙丙丁\n戊己\n");
        Fixer.Result r = Fixer.apply(s, List.of(at(2, 1, 2, 2, "庚"), at(1, 2, 1, 3, "")));
        assertEquals("甲丙丁\n庚己\n", r.text());
        assertEquals(2, r.applied().size());
    }

    @Test
    void anOverlappingFixIsLeftForTheEditor() {
        SourceText s = SourceText.of("f", "优化优化环境");
        Fixer.Result r = Fixer.apply(s, List.of(at(1, 1, 1, 3, ""), at(1, 2, 1, 4, "X"), at(1, 5, 1, 5, "")));
        assertEquals("优化环境", r.text());
        assertEquals(1, r.overlapping().size());
    }

    @Test
    void theSameChangeAskedTwiceIsMadeOnce() {
        SourceText s = SourceText.of("f", "优化优化环境");
        Fixer.Result r = Fixer.apply(s, List.of(at(1, 3, 1, 5, ""), at(1, 3, 1, 5, "")));
        assertEquals("优化环境", r.text());
        assertEquals(2, r.applied().size());
        assertEquals(0, r.overlapping().size());
    }

    @Test
    void emptyingALineRemovesTheLineAndColumnsCountCodePoints() {
        SourceText s = SourceText.of("f", "𠀀ab\r\n  第3版\r\n下文\r\n");
        Fixer.Result r = Fixer.apply(s, List.of(at(1, 2, 1, 3, "甲"), at(2, 3, 2, 6, "")));
        assertEquals("𠀀甲b\r\n下文\r\n", r.text());
    }

    @Test
    void findingsWithoutSuggestionChangeNothing() {
        SourceText s = SourceText.of("f", "甲乙");
        Fixer.Result r = Fixer.apply(s, List.of(at(1, 1, 1, 2, null)));
        assertEquals("甲乙", r.text());
        assertEquals(false, r.changed());
    }
}
