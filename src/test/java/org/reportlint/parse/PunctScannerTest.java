package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.PunctStyle;

class PunctScannerTest {
    private static Paragraph para(String text) {
        int[] origin = new int[text.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        return new Paragraph(0, text, origin, 1, 1);
    }

    private static List<String> scan(String text) {
        return new PunctScanner().scan(para(text)).stream().map(m -> m.getKind() + ":" + m.getText()).toList();
    }

    @Test
    void unpairedMarksAreFoundPerType() {
        assertEquals(List.of("unpaired:“"), scan("实施“强省会战略，落实《意见》。"));
        assertEquals(List.of(), scan("提出“坚持‘两个毫不动摇’”的要求（见《意见》）。"));
    }

    @Test
    void doubledSeparatorsButNotEllipses() {
        assertEquals(List.of("doubled:。。"), scan("稳中向好。。各项……持续，比例1:2"));
    }

    @Test
    void halfWidthMarksBetweenChineseAreCountedForTheConvention() {
        PunctScanner s = new PunctScanner();
        s.scan(para("稳中求进,推动发展，深化改革，1,000元"));
        PunctStyle style = s.style();
        assertEquals(2, style.getFullWidth());
        assertEquals(1, style.getHalfWidth());
        assertEquals(",", style.getFirstHalfWidth().getText());
    }
}
