package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Span;
import org.reportlint.input.SourceText;

class ParagraphJoinerTest {
    private static List<Paragraph> join(String text) {
        return ParagraphJoiner.join(LineScanner.scan(SourceText.of("a", text)));
    }

    @Test
    void joinsLineBrokenInsideWordAcrossBlankLine() {
        String text = "打造健康运城。提高综合医院实力，发挥特色专科优势，高水平建设省级区域医疗中\n\n心。加强乡镇卫生院建设。";
        List<Paragraph> ps = join(text);
        assertEquals(1, ps.size());
        Paragraph p = ps.get(0);
        int i = p.getText().indexOf("中心");
        Span s = p.spanOf(i, i + 2);
        assertEquals("中心", s.getText());
        assertEquals("中\n\n心", text.substring(s.getStart(), s.getEnd()), "the span covers the break in the file");
    }

    @Test
    void doesNotJoinSentenceEndsTitlesOrHeadings() {
        List<Paragraph> ps = join("2024年济南市政府工作报告\n各位代表：\n一、2023年工作回顾\n"
                + "刚刚过去的2023年，是全面贯彻落实党的二十大精神的开局之年，也是极不寻常的一年\n（一）抓住用好重大战略机遇");
        assertEquals(5, ps.size());
    }

    @Test
    void keepsCrLfOutOfTheText() {
        List<Paragraph> ps = join("推动城乡融合发展，持续提升宜居宜业水平，加快补齐公共服务\r\n短板。\r\n");
        assertEquals(1, ps.size());
        assertEquals("推动城乡融合发展，持续提升宜居宜业水平，加快补齐公共服务短板。", ps.get(0).getText());
    }
}
