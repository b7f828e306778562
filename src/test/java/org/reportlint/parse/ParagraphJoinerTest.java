package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.facts.LineBreakJoin;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Span;
import org.reportlint.input.SourceText;

class ParagraphJoinerTest {
    private static List<Paragraph> join(String text) {
        return ParagraphJoiner.join(LineScanner.scan(SourceText.of("a", text)));
    }

    private static List<String> texts(String text) {
        return join(text).stream().map(Paragraph::getText).toList();
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
        assertEquals(List.of(i + 1), p.getJoinOffsets());
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

    @Test
    void joinsLineBrokenInsideNumberAndClassifier() {
        assertEquals(List.of("推进产业项目全部实行“标准地”供给。扶持15家“金种子”企业对接资本市场。"),
                texts("推进产业项目全部实行“标准地”供给。扶持15\n\n家“金种子”企业对接资本市场。"));
    }

    @Test
    void joinsShortMultiSentenceLineBrokenMidWord() {
        assertEquals(List.of("推进传统产业升级。深化三年专项行动，推动工业经济高质量发展。"),
                texts("推进传统产业升级。深化三年专项行动，推动工业经济高质\n量发展。"));
    }

    @Test
    void joinsAfterClauseMarkEvenWhenShort() {
        assertEquals(List.of("建设美丽乡村，努力打造先行地。"), texts("建设美丽乡村，\n努力打造先行地。"));
        assertEquals(List.of("新增学位130个、普惠率达90%。"), texts("新增学位130个、\n普惠率达90%。"));
    }

    @Test
    void shortLineWithoutEndMarkIsLeftAloneUnlessItEndsInAComma() {
        assertEquals(2, join("坚持稳中求进，推动高质量发展\n今年是全面贯彻落实党的二十大精神的关键之年。").size());
    }

    @Test
    void neverJoinsAHeadingLineEvenWhenLong() {
        assertEquals(2, join("(三)大力实施创新驱动,全面推进科教强市人才兴市\n坚持教育、科技、人才协同融合发展。").size());
        assertEquals(2, join("(一) 聚力转型升级 促进工业新型化重塑改造提升传统产业加快\n用好省市技改专项资金。").size());
    }

    @Test
    void joinsARunInHeadingLineBrokenMidSentence() {
        List<String> ps = texts("(六)用情用力保障和改善民生,群众幸福指数加快提高。18件民生实事\n全部完成,财政民生支出1093.6亿元。");
        assertEquals(1, ps.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"一、二〇二四年工作安排", "（二）推进项目建设", "2.加快发展", "（3）完善机制", "①加强领导",
        "一是提升政治站位，忠诚干事。", "——壮大特优农业。", "- 实施全民健身中心项目", "第二部分 总体要求"})
    void neverJoinsALineThatOpensABlock(String next) {
        assertEquals(2, join("深入推进改革开放，全面激发高质量发展活力，积极服务和融入新发展格局\n" + next).size(), next);
    }

    @Test
    void doesNotJoinADecimalOrCountAsIfItWereAMarker() {
        assertEquals(1, join("全市新建高标准农田，力争新增耕地面积和高标准农田建设面积达到\n1.5万亩以上。").size());
        assertEquals(1, join("重点群体就业保持稳定，全年办结欠薪案件756件，追回工资款，为\n\n1515名劳动者追回工资1261.5万元。").size());
    }

    @Test
    void sentenceClosedInsideQuoteEndsTheLine() {
        assertEquals(2, join("要坚持稳中求进工作总基调，落实好“稳中求进、以进促稳。”\n接下来的工作要点如下。").size());
    }

    @Test
    void watermarkTailAfterAClosedSentenceDoesNotOpenIt() {
        assertEquals(2, join("启动国家生态园林城市创建工作，打造共建花园50个。更多资料+【公众号:某某】\n深化城市精细管理。").size());
        assertEquals(2, join("持续深化医改，提升县域医疗服务能力，敢作善为抓落实。更多资料+ABC:5\n严守纪律底线。").size());
        assertEquals(1, join("推进黄河创新孵化产业园等一批优质更多资料+【公众号:某某】\n产业项目建设。").size());
    }

    @Test
    void joinsBrokenMeetingLineButNotTheSalutation() {
        List<Paragraph> ps = join("——2021年2月23日在太原市第十四届人民代表大会\n第六次会议上\n代市长张新伟\n各位代表:\n现在。");
        assertEquals(List.of("——2021年2月23日在太原市第十四届人民代表大会第六次会议上", "代市长张新伟", "各位代表:", "现在。"),
                ps.stream().map(Paragraph::getText).toList());
        assertEquals(Paragraph.TITLE, ps.get(0).getKind());
        assertEquals(Paragraph.TITLE, ps.get(1).getKind());
        assertEquals(2, join("2024年1月10日在济南市第十八届人民代表大会第三次会议上\n各位代表:").size());
    }

    @Test
    void shortStandaloneTitleIsAHeadingParagraphAndEndsTheOneBefore() {
        List<Paragraph> ps = join("全面落实总体国家安全观，统筹推进各领域安全工作，守住不发生系统性风险底线\n\n改造提升传统产业\n\n用好专项资金。");
        assertEquals(3, ps.size());
        assertEquals(Paragraph.HEADING, ps.get(1).getKind());
    }

    @Test
    void listItemsStayApart() {
        List<Paragraph> ps = join("- 实施37个乡镇(街道办)全民健身中心项目\n- 推进200个乡(镇)应急救护培训和无偿献血知识进校园\n");
        assertEquals(2, ps.size());
        assertEquals(Paragraph.LIST_ITEM, ps.get(0).getKind());
    }

    @Test
    void pageFurnitureIsMetaAndNotJoined() {
        List<Paragraph> ps = join("(上接第一版)\n\n刚刚过去的2025年，是砥砺前行的一年。\n\n(下转第三版)");
        assertEquals(List.of(Paragraph.META, Paragraph.PROSE, Paragraph.META),
                ps.stream().map(Paragraph::getKind).toList());
    }

    @Test
    void hardWrappedNarrowColumnsAreJoined() {
        String text = "今年全市生产总值增长\n6%左右，规模以上工\n业增加值增长8%，固\n定资产投资增长6%，\n社会消费品零售总额\n增长5%。重点抓好八\n方面工作。\n";
        assertEquals(List.of("今年全市生产总值增长6%左右，规模以上工业增加值增长8%，固定资产投资增长6%，社会消费品零售总额增长5%。"
                + "重点抓好八方面工作。"), texts(text));
    }

    @Test
    void indentedLineStartsAParagraphWhenTheTextIndents() {
        String text = "\u3000\u3000一年来，全市上下锚定目标和思路，凝心聚力谋发展，克难奋进稳增长，铆足干劲抓落实\n"
                + "\u3000\u3000全市经济保持稳定向好。\n\u3000\u3000招商引资成效显著，新签约项目541个，新开工项目437个，超额完成全年\n"
                + "目标。\n\u3000\u3000新模式新业态加快发展。\n";
        List<Paragraph> ps = join(text);
        assertEquals(4, ps.size());
        assertTrue(ps.get(2).getText().endsWith("超额完成全年目标。"));
    }

    @Test
    void blankLinesBeyondTheLimitSeparateParagraphs() {
        assertEquals(2, join("提高综合医院实力，发挥特色专科优势，高水平建设省级区域医疗中\n\n\n\n心。").size());
    }

    @Test
    void recordsEachJoinWithTheWordItCuts() {
        SourceText src = SourceText.of("a", "深化工业（产业）园区建设，推进福州高新区、建设镁基新材料检验中心和镁产\n\n业研究院。");
        StructureParser.Structure st = Structures.withWords(src);
        assertEquals(1, st.joins().size());
        LineBreakJoin j = st.joins().get(0);
        assertEquals("产\n\n业", j.getText());
        assertEquals("产业", j.getWord());
        assertTrue(j.isMidWord());
        assertEquals(1, j.getBlankLines());
        assertEquals(1, j.getLineBefore());
        assertEquals(3, j.getLineAfter());
    }
}
