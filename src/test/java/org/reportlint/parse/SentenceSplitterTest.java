package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Sentence;
import org.reportlint.input.SourceText;

class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        Paragraph p = ParagraphJoiner.join(LineScanner.scan(SourceText.of("a", text))).get(0);
        return SentenceSplitter.split(p).stream().map(Sentence::getText).toList();
    }

    @Test
    void splitsAtFullWidthEndMarks() {
        assertEquals(List.of("经济运行稳中向好。", "产业体系日趋完善！", "何以如此？", "一是稳增长；", "二是促改革。"),
                sentences("经济运行稳中向好。产业体系日趋完善！何以如此？一是稳增长；二是促改革。"));
    }

    @Test
    void splitsAtAsciiEndMarksOfHalfWidthDocuments() {
        assertEquals(List.of("各位代表!", "地区生产总值增长5.5%以上;", "一般公共预算收入增长5%左右;", "规模以上工业增加值增长6%?"),
                sentences("各位代表!地区生产总值增长5.5%以上;一般公共预算收入增长5%左右;规模以上工业增加值增长6%?"));
    }

    @Test
    void asciiPeriodEndsASentenceOnlyAfterAChineseCharacter() {
        assertEquals(List.of("持续优化营商环境.", "增长3.5个百分点,达到1.2万亿元."),
                sentences("持续优化营商环境.增长3.5个百分点,达到1.2万亿元."));
    }

    @Test
    void quotesAndBracketsAreRespected() {
        assertEquals(List.of("提出“稳中求进。以进促稳。”的要求。", "实施《福州市国土空间总体规划(2021-2035年。草案)》。"),
                sentences("提出“稳中求进。以进促稳。”的要求。实施《福州市国土空间总体规划(2021-2035年。草案)》。"));
    }

    @Test
    void closingQuoteAfterTheMarkBelongsToTheSentence() {
        assertEquals(List.of("他强调：“要坚持稳中求进！”", "我们一定做到。"), sentences("他强调：“要坚持稳中求进！”我们一定做到。"));
        assertEquals(List.of("这是“关键一招。”", "后续推进。"), sentences("这是“关键一招。”后续推进。"));
    }

    @Test
    void strayOpeningQuoteDoesNotSwallowTheParagraph() {
        assertEquals(List.of("打造“国际沈升级版。", "办好系列涉外交流活动。", "主动对接国家战略。"),
                sentences("打造“国际沈升级版。办好系列涉外交流活动。主动对接国家战略。"));
    }

    @Test
    void strayClosingBracketIsIgnored() {
        assertEquals(List.of("上接第一版)刚刚过去的一年。", "成绩来之不易。"), sentences("上接第一版)刚刚过去的一年。成绩来之不易。"));
    }

    @Test
    void asciiDoubleQuotesPairInTurn() {
        assertEquals(List.of("提出\"稳中求进。以进促稳\"的要求。", "好。"), sentences("提出\"稳中求进。以进促稳\"的要求。好。"));
    }

    @Test
    void repeatedEndMarksStayTogetherAndSpacesBelongToNoSentence() {
        assertEquals(List.of("真的吗？！", "是的。"), sentences("真的吗？！  是的。  "));
    }

    @Test
    void lastSentenceWithoutEndMarkIsKept() {
        assertEquals(List.of("新增4个省级临床重点"), sentences("新增4个省级临床重点"));
    }

    @Test
    void sentenceSpanCrossesAJoin() {
        String text = "高水平建设省级区域医疗中\n\n心。加强乡镇卫生院、村卫生室建设，持续深化医改，提升服务能力。";
        Paragraph p = ParagraphJoiner.join(LineScanner.scan(SourceText.of("a", "打造健康运城。提高综合医院实力，发挥特色专科优势，"
                + text))).get(0);
        Sentence s = SentenceSplitter.split(p).get(1);
        assertEquals("提高综合医院实力，发挥特色专科优势，高水平建设省级区域医疗中心。", s.getText());
        assertEquals("中心", s.spanOf(s.getText().indexOf("中心"), s.getText().indexOf("中心") + 2).getText());
    }
}
