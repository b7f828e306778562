package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.facts.Clause;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Sentence;
import org.reportlint.input.SourceText;

class ClauseSplitterTest {
    private static List<Clause> clauses(String sentence) {
        Paragraph p = ParagraphJoiner.join(LineScanner.scan(SourceText.of("a", sentence))).get(0);
        Sentence s = SentenceSplitter.split(p).get(0);
        return ClauseSplitter.split(s);
    }

    private static List<String> texts(String sentence) {
        return clauses(sentence).stream().map(Clause::getText).toList();
    }

    private static List<String> delimiters(String sentence) {
        return clauses(sentence).stream().map(Clause::getDelimiter).toList();
    }

    @Test
    void splitsAtCommasEnumerationCommasAndColons() {
        String s = "主要预期目标是：地区生产总值增长6%左右，规上工业增加值增长6%、固定资产投资增长5%。";
        assertEquals(List.of("主要预期目标是", "地区生产总值增长6%左右", "规上工业增加值增长6%", "固定资产投资增长5%"), texts(s));
        assertEquals(List.of("：", "，", "、", "。"), delimiters(s));
    }

    @Test
    void splitsAtAsciiCommaAndColonButNotInsideNumbers() {
        assertEquals(List.of("经济社会发展主要预期目标是", "地区生产总值达到1,234.5亿元", "会议于10:30开始"),
                texts("经济社会发展主要预期目标是:地区生产总值达到1,234.5亿元,会议于10:30开始。"));
    }

    @Test
    void quotesAndBracketsAreNotSplit() {
        assertEquals(List.of("锚定“走在前、开新局”", "落实《意见（试行，2024年）》"),
                texts("锚定“走在前、开新局”，落实《意见（试行，2024年）》。"));
    }

    @Test
    void headingNumberStaysInTheFirstClause() {
        assertEquals(List.of("一、2023年工作回顾"), texts("一、2023年工作回顾"));
        assertEquals(List.of("（一）抓住用好重大战略机遇", "省会发展势能加快集聚"), texts("（一）抓住用好重大战略机遇，省会发展势能加快集聚。"));
    }

    @Test
    void sentenceWithoutEndMarkHasAnEmptyLastDelimiter() {
        assertEquals(List.of("，", ""), delimiters("新增4个省级临床重点专科，建设区域医疗中心"));
    }

    @Test
    void emptyStretchesBetweenMarksGiveNoClause() {
        assertEquals(List.of("推进改革", "扩大开放"), texts("推进改革，，扩大开放。"));
    }

    @Test
    void clauseSpanIsItsTextInTheFile() {
        Clause c = clauses("现在，我代表市人民政府，向大会报告工作。").get(1);
        assertEquals("我代表市人民政府", c.getText());
        assertEquals(3, c.getSpan().getStart());
        assertEquals(11, c.getSpan().getEnd());
        assertEquals(1, c.getIndex());
    }
}
