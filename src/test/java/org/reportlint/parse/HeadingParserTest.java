package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.facts.Heading;
import org.reportlint.facts.Section;

class HeadingParserTest {
    private static List<Heading> headings(String text) {
        return Structures.of(text).headings();
    }

    private static Heading only(String text) {
        List<Heading> hs = headings(text);
        assertEquals(1, hs.size(), text);
        return hs.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "一、2023年工作回顾|cn-comma|1|一、|2023年工作回顾",
        "十二、加强政府自身建设|cn-comma|12|十二、|加强政府自身建设",
        "三.总体要求|cn-comma|3|三.|总体要求",
        "一、二〇二三年工作回顾|cn-comma|1|一、|二〇二三年工作回顾",
        "四、“十四五”时期主要目标|cn-comma|4|四、|“十四五”时期主要目标",
        "（一）抓住用好重大战略机遇|cn-paren|1|（一）|抓住用好重大战略机遇",
        "(十一)大力推动文化强市建设,全面提升文化软实力|cn-paren|11|(十一)|大力推动文化强市建设,全面提升文化软实力",
        "(五) 全力用好“关键一招” 促进系统改革走深走实|cn-paren|5|(五)|全力用好“关键一招” 促进系统改革走深走实",
        "1.加快发展数字经济|num-dot|1|1.|加快发展数字经济",
        "12、完善养老服务|num-dot|12|12、|完善养老服务",
        "（3）健全工作机制|num-paren|3|（3）|健全工作机制",
        "⑷完善考核办法|num-paren|4|⑷|完善考核办法",
        "②推进社区食堂建设|circled|2|②|推进社区食堂建设",
        "第二部分 今后五年的目标任务|cn-part|2|第二部分|今后五年的目标任务",
        "第十一章 加快建设现代化产业体系|cn-chapter|11|第十一章|加快建设现代化产业体系",
        "第三节 保障措施|cn-section|3|第三节|保障措施",
        "改造提升传统产业|plain|0||改造提升传统产业",
        "办好“11+4”民生实事|plain|0||办好“11+4”民生实事"})
    void recognisesMarkerStyleOrdinalAndTitle(String line, String style, int ordinal, String marker, String title) {
        Heading h = only(line + "\n用好省市技改专项资金，支持企业加大技术改造。");
        assertEquals(style, h.getStyle());
        assertEquals(ordinal, h.getOrdinal());
        assertEquals(marker, h.getMarker());
        assertEquals(title, h.getTitle());
        assertFalse(h.isRunIn());
    }

    @Test
    void runInHeadingIsTheFirstSentenceAndTheParagraphGoesOn() {
        String text = "（一）抓住用好重大战略机遇，省会发展势能加快集聚。深入实施黄河流域生态保护和高质量发展战略。";
        Heading h = only(text);
        assertEquals(Heading.CN_PAREN, h.getStyle());
        assertEquals("抓住用好重大战略机遇，省会发展势能加快集聚", h.getTitle());
        assertEquals("（一）抓住用好重大战略机遇，省会发展势能加快集聚", h.getText());
        assertTrue(h.isRunIn());
        assertEquals(0, h.getSpan().getStart());
        assertEquals(3, h.getTitleSpan().getStart());
    }

    @Test
    void headingSentenceAloneOnItsLineIsNotRunIn() {
        Heading h = only("(一)产业发展步伐坚实。\n深化16条重点产业链“链长制”，引进产业链项目366个。");
        assertEquals("产业发展步伐坚实", h.getTitle());
        assertFalse(h.isRunIn());
    }

    @Test
    void boldAndMarkdownTitleLines() {
        Heading bold = only("**（二）坚持创新驱动发展**\n加快建设科技强市。");
        assertTrue(bold.isBold());
        assertEquals(2, bold.getOrdinal());
        assertEquals("坚持创新驱动发展", bold.getTitle());
        Heading md = only("## 三、建设人民满意的政府\n全面贯彻落实新时代党的建设总要求。");
        assertEquals(Heading.CN_COMMA, md.getStyle());
        Heading plain = only("**全面加强政府自身建设**\n一是提升政治站位。");
        assertEquals(Heading.PLAIN, plain.getStyle());
        assertTrue(plain.isBold());
    }

    @ParameterizedTest
    @ValueSource(strings = {"一是提升政治站位，忠诚干事。", "一、二、三产业融合发展水平持续提升。", "一、二季度经济运行总体平稳。", "1.5万亩高标准农田全面建成。",
        "2024年是新中国成立75周年。", "第一，要坚持稳中求进。", "首先，要抓好项目建设。", "各位代表：", "(上接第一版)",
        "现在，我代表市人民政府，向大会报告工作。"})
    void theseAreNotHeadings(String line) {
        assertEquals(List.of(), headings(line + "\n深入推进改革创新。"), line);
    }

    @Test
    void buildsTreeWithSiblingsParentsAndPrevious() {
        List<Heading> hs = headings("一、2023年工作回顾\n（一）经济运行稳中向好。全年增长5%。\n（二）产业体系日趋完善。\n"
                + "二、2024年工作安排\n（一）大力深化项目建设\n推动项目建设提速。\n1.加快重大项目\n2.优化审批\n（二）大力扩内需\n三、全面加强政府自身建设");
        assertEquals(List.of(1, 2, 2, 1, 2, 3, 3, 2, 1), hs.stream().map(Heading::getLevel).toList());
        Heading two = hs.get(3);
        Heading twoOne = hs.get(4);
        Heading twoTwo = hs.get(7);
        assertSame(two, twoOne.getParent());
        assertNull(twoOne.getPrevious(), "numbering restarts under a new parent");
        assertSame(twoOne, twoTwo.getPrevious());
        assertEquals(1, twoTwo.getSiblingIndex());
        assertSame(hs.get(0), two.getPrevious());
        assertSame(twoOne, hs.get(5).getParent());
        assertSame(hs.get(5), hs.get(6).getPrevious());
        assertSame(two, hs.get(8).getPrevious());
    }

    @Test
    void fiveLevelsNestInTheOrderTheirStylesAppear() {
        List<Heading> hs = headings("第一部分 总体要求\n一、指导思想\n（一）坚持稳中求进\n1.稳增长\n（1）扩大投资\n①重大项目\n②民间投资\n"
                + "（2）提振消费\n2.促改革\n（二）坚持系统观念\n二、主要目标\n第二部分 重点任务\n一、建设现代化产业体系");
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 6, 5, 4, 3, 2, 1, 2), hs.stream().map(Heading::getLevel).toList());
        assertNull(hs.get(12).getPrevious(), "一、 restarts under 第二部分");
        assertSame(hs.get(11), hs.get(12).getParent());
        assertSame(hs.get(5), hs.get(6).getPrevious());
    }

    @Test
    void skippedNumberIsVisibleThroughPrevious() {
        List<Heading> hs = headings("一、回顾\n正文。\n二、安排\n正文。\n四、建设\n正文。");
        Heading four = hs.get(2);
        assertEquals(4, four.getOrdinal());
        assertEquals(2, four.getPrevious().getOrdinal());
    }

    @Test
    void plainTitlesNestUnderTheCurrentNumberedHeadingAndHoldNothing() {
        List<Heading> hs = headings("(一) 聚力转型升级 促进工业新型化重塑\n\n改造提升传统产业\n\n用好专项资金。\n\n培育壮大新兴产业\n\n"
                + "深入实施产业集群培育工程。\n\n(二) 聚力“三农”发展 促进乡村全方位振兴\n\n做优做强农业产业体系。");
        assertEquals(List.of(1, 2, 2, 1), hs.stream().map(Heading::getLevel).toList());
        assertSame(hs.get(0), hs.get(1).getParent());
        assertSame(hs.get(1), hs.get(2).getPrevious());
        assertSame(hs.get(0), hs.get(3).getPrevious());
    }

    @Test
    void sectionsSpanToTheNextHeadingOfTheSameOrHigherLevel() {
        StructureParser.Structure st = Structures.of("一、回顾\n总体情况良好。\n（一）经济\n增长5%。\n（二）民生\n就业稳定。\n"
                + "二、安排\n今年重点抓好以下两个方面的工作。\n（一）项目\n抓项目。\n（二）改革\n深化改革。\n");
        List<Section> ss = st.sections();
        assertEquals(6, ss.size());
        Section one = ss.get(0);
        assertEquals(2, one.getChildCount());
        assertEquals(0, one.getFirstParagraph());
        assertEquals(1, one.getIntroLastParagraph());
        assertEquals(5, one.getLastParagraph());
        assertEquals(1, one.getFirstLine());
        assertEquals(6, one.getLastLine());
        assertSame(one, ss.get(1).getParent());
        assertEquals("（二）改革\n深化改革。", ss.get(5).getSpan().getText());
        assertTrue(ss.get(3).contains(st.paragraphs().get(7)));
        assertEquals(2, ss.get(3).getChildCount());
    }

    @Test
    void eachReportHasItsOwnTree() {
        List<Heading> hs = headings("2024年甲市政府工作报告\n各位代表：\n一、回顾\n正文。\n二、安排\n正文。\n"
                + "2024年乙市政府工作报告\n各位代表：\n一、回顾\n正文。");
        assertEquals(3, hs.size());
        assertNull(hs.get(2).getPrevious());
        assertEquals(1, hs.get(2).getReport().getIndex());
    }

    @ParameterizedTest
    @CsvSource({"一,1", "十,10", "十二,12", "二十,20", "二十三,23", "九十九,99", "一百,100", "一百零五,105", "两百,200",
        "二二,-1", "十十,-1"})
    void chineseOrdinals(String numeral, int value) {
        assertEquals(value, HeadingMarkers.chineseOrdinal(numeral));
    }
}
