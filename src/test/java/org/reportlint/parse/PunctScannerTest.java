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

    /** Unpaired marks of paragraphs given one per string: mark, partner gap, ornament. */
    private static List<String> unpaired(String... texts) {
        PunctScanner s = new PunctScanner();
        for (String t : texts) {
            s.scan(para(t));
        }
        return s.unpaired().stream().map(m -> m.getText() + m.getPartnerGap() + (m.isOrnament() ? "*" : "")).toList();
    }

    @Test
    void unpairedMarksAreFoundPerType() {
        assertEquals(List.of("“-1"), unpaired("实施“强省会战略，落实《意见》。"));
        assertEquals(List.of(), unpaired("提出“坚持‘两个毫不动摇’”的要求（见《意见》）。"));
    }

    @Test
    void partnersLeftUnpairedInOtherParagraphsAreMeasured() {
        assertEquals(List.of("【9", "】9"), unpaired("【字号：", "加大", "还原", "减小", "】"));
        assertEquals(List.of("“6", "”6"), unpaired("推行“一站", "通办", "服务”改革。"));
        assertEquals(List.of("”-1", "“-1"), unpaired("服务”改革。", "推行“一站"));
    }

    @Test
    void aRunOfClosingMarksBeforeARunOfOpeningOnesIsAnOrnament() {
        assertEquals(List.of("》-1*", "》-1*", "《-1*", "《-1*"), unpaired("》》进入专题《《"));
        assertEquals(List.of("《-1"), unpaired("《《意见》"));
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
