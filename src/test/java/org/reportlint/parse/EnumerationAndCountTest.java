package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.facts.Enumeration;
import org.reportlint.facts.EnumerationItem;
import org.reportlint.facts.Span;
import org.reportlint.facts.StatedCount;

class EnumerationAndCountTest {

    private static List<Enumeration> enums(String... paragraphs) {
        return ParseFixtures.facts(Enumeration.class, paragraphs);
    }

    private static String ordinals(Enumeration e) {
        return e.getItems().stream().map(i -> i.getOrdinal() + (i.isInSequence() ? "" : "!"))
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "一是加强领导；二是完善机制；三是强化督查。|shi|1 2 3",
            "一是加强领导；二是完善机制；四是强化督查。|shi|1 2 4!",
            "一是加强领导；二是完善机制；二是强化督查。|shi|1 2 2!",
            "第一，坚持创新；第二，坚持协调；第三，坚持绿色。|di|1 2 3",
            "第一，坚持创新；第三，坚持绿色。|di|1 3!",
            "首先，统一思想；其次，明确任务；最后，狠抓落实。|order|1 2 3",
            "主要有：①产业升级；②项目建设；③改革创新。|circled|1 2 3",
            "措施包括(1)降低成本；(2)优化服务；(4)加强监管。|paren|1 2 4!",
            "措施包括（1）降低成本；（2）优化服务。|paren|1 2",
            "要求：1.加强领导；2.完善机制；3.强化督查。|arabic|1 2 3",
            "要求：（一）加强领导；（二）完善机制。|parenhan|1 2",
    })
    void findsInlineEnumerations(String text, String style, String ordinals) {
        List<Enumeration> es = enums(text);
        assertEquals(1, es.size(), text);
        assertEquals(style, es.get(0).getStyle());
        assertEquals(ordinals, ordinals(es.get(0)));
    }

    @Test
    void chainsParagraphsThatEachOpenWithAnEnumerator() {
        List<Enumeration> es = enums("一是综合实力全面增强。地区生产总值年均增长6.6%。", "二是产业结构不断优化。新兴产业规模扩大。",
                "四是改革开放深入推进。");
        assertEquals(1, es.size());
        assertTrue(es.get(0).isAcrossParagraphs());
        assertEquals("1 2 4!", ordinals(es.get(0)));
        assertFalse(es.get(0).isSequential());
    }

    @Test
    void aHeadingEndsAChainAndARestartBeginsANewOne() {
        List<Enumeration> es = enums("一是甲事项推进有力。", "二是乙事项推进有力。", "二、主要任务", "一是丙事项推进有力。");
        assertEquals(2, es.size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "一是加强领导；二是完善机制；四是强化督查。|二是|三是",
            "措施包括(1)降低成本；(2)优化服务；(4)加强监管。|(2)|(3)",
            "主要有：①产业升级；②项目建设；④改革创新。|②|③",
            "第一，坚持创新；第二，坚持协调；第四，坚持绿色。|第二|第三",
            "一是甲；二是乙；三是丙；四是丁；五是戊；六是己；七是庚；八是辛；九是壬；十是癸；十二是子。|十是|十一是",
    })
    void anItemOutOfSequenceKnowsItsExpectedMarker(String text, String previous, String expected) {
        List<EnumerationItem> items = ParseFixtures.facts(EnumerationItem.class, text);
        EnumerationItem last = items.get(items.size() - 1);
        assertFalse(last.isInSequence());
        assertEquals(previous, last.getPreviousMarker());
        assertEquals(expected, last.getExpectedMarker());
    }

    @Test
    void aParagraphOpeningWithTheNextMarkerCarriesTheChainOn() {
        List<Enumeration> es = enums("一是稳定工业增长，推动规上企业扩能增效，确保工业经济平稳运行。",
                "二是扩大有效投资，重点抓好以下工作：一是加快重大项目建设；二是优化投资结构。", "三是提振消费需求，培育新型消费。");
        assertEquals("1 2 3", ordinals(es.stream().filter(Enumeration::isAcrossParagraphs).findFirst().orElseThrow()));
    }

    @Test
    void itemsAreFactsWithPreviousOrdinals() {
        List<EnumerationItem> items = ParseFixtures.facts(EnumerationItem.class, "一是加强领导；三是强化督查。");
        assertEquals(2, items.size());
        assertEquals(1, items.get(1).getPreviousOrdinal());
        assertEquals(3, items.get(1).getOrdinal());
        assertEquals("三是", items.get(1).getSpan().getText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"坚持统一是前提。", "全省第一批试点。", "名列全国第一方阵。", "1.2亿元投资。", "最后一公里。",
        "（一）大力深化项目建设"})
    void wordsThatAreNotEnumerators(String text) {
        assertEquals(List.of(), enums(text), text);
    }

    private static StatedCount count(String... paragraphs) {
        List<StatedCount> cs = ParseFixtures.facts(StatedCount.class, paragraphs);
        assertFalse(cs.isEmpty(), paragraphs[0]);
        return cs.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "实施四类平台：研发平台、转化平台、孵化平台。|4|类|平台|3|colon",
            "办好4件实事：一是就业；二是教育；三是医疗；四是养老。|4|件|实事|4|enumeration",
            "抓好三大任务：稳增长；促改革；惠民生。|3|大|任务|3|colon",
            "在谋划、落地、建设、见效、服务等五个环节上下功夫。|5|个|环节|5|preceding",
            "重点抓好八个方面主要目标：产业、项目、改革、生态。|8|个|方面|4|colon",
    })
    void countsTheItemsThatFollow(String text, int n, String classifier, String noun, int followers, String style) {
        StatedCount c = count(text);
        assertEquals(n, c.getNumber());
        assertEquals(classifier, c.getClassifier());
        assertTrue(c.getNoun().startsWith(noun), c.getNoun());
        assertEquals(followers, c.getFollowerCount(), () -> c.getFollowers().stream().map(Span::getText).toList().toString());
        assertEquals(style, c.getFollowerStyle());
        assertFalse(c.isSetPhrase());
    }

    @Test
    void countsTheHeadingsThatFollowAnAnnouncement() {
        StatedCount c = count("重点抓好以下三个方面的工作。", "(一)深化项目建设", "加快建设。", "(二)扩大内需", "(三)创新驱动",
                "三、加强政府建设", "(一)另一节");
        assertEquals(3, c.getFollowerCount());
        assertEquals("headings", c.getFollowerStyle());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "实施四类创新平台：产业技术研究院、中试基地、概念验证中心。|true|3",
            "培育四大新兴产业：新能源、新材料等。|false|2",
            "重点抓好三项工作：推进项目建设，加快产业升级，深化改革开放。|false|1",
            "围绕三个重点：产业升级、科技创新和开放合作。|true|3",
            "打造历山、圣天湖等5个文旅康养集聚区。|false|2",
            "抓好三个方面：一是稳增长；二是促改革。|true|2",
    })
    void knowsWhetherAListIsClosed(String text, boolean closed, int max) {
        StatedCount c = count(text);
        assertEquals(closed, c.isListClosed(), text);
        assertEquals(max, c.getFollowerCountMax(), text);
    }

    @Test
    void headingsRunningToTheEndAreNotClosed() {
        StatedCount open = count("重点抓好以下三个方面的工作。", "(一)深化项目建设", "加快建设。", "(二)扩大内需");
        assertFalse(open.isListClosed());
        StatedCount closed = count("重点抓好以下三个方面的工作。", "(一)深化项目建设", "(二)扩大内需", "三、加强政府建设");
        assertTrue(closed.isListClosed());
        assertEquals(2, closed.getFollowerCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"增强“四个意识”，坚定“四个自信”。", "做到两个维护。", "落实“三张清单”。"})
    void numberedFormulaeAreSetPhrases(String text) {
        List<StatedCount> cs = ParseFixtures.facts(StatedCount.class, text);
        assertTrue(cs.stream().allMatch(StatedCount::isSetPhrase), text);
        assertTrue(cs.stream().allMatch(c -> c.getFollowerCount() == -1), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"贯彻党的二十大精神。", "学习二十大报告。", "新建5G基站1万座。", "全市共有2000个项目。",
        "第三个方面。", "建设10余个园区。"})
    void notStatedCounts(String text) {
        assertEquals(List.of(), ParseFixtures.facts(StatedCount.class, text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "围绕种植、养殖、加工四大领域发展。|3|3",
            "推动甲县、乙县、丙县和丁经济开发区3个园区建设。|4|4",
            "激活改革、开放、创新三大动力。|3|3",
            "建设能源基地、制造基地、黄河和华北生态屏障三大方向。|3|4",
            "实行“共建、共享”，支持东山、西水、南岭3个实验室。|3|3",
    })
    void readsTheClosedListRightBeforeACount(String text, int items, int max) {
        StatedCount c = count(text);
        assertEquals("list-before", c.getFollowerStyle(), text);
        assertEquals(items, c.getFollowerCount(), () -> c.getFollowers().stream().map(Span::getText).toList().toString());
        assertEquals(max, c.getFollowerCountMax(), text);
        assertTrue(c.isListClosed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"新建、改扩建3个体育场馆。", "推进东城、西城两区和南山、北山两县4个区县整合。",
        "北京、上海分别有2个项目入选。", "城乡低保、残疾人两项补贴、孤儿保障标准提高。", "围绕增速、结构、效率提出5项指标。",
        "针对消费、生产等重点领域提出18条措施。", "三、全力抓好七项重点工作"})
    void noClosedListBeforeTheCount(String text) {
        List<StatedCount> cs = ParseFixtures.facts(StatedCount.class, text);
        assertTrue(cs.stream().noneMatch(c -> "list-before".equals(c.getFollowerStyle())), text);
    }

    @Test
    void aCountWithNoListHasNoFollowers() {
        assertEquals(-1, count("建设10个高标准示范园，带动农户增收。").getFollowerCount());
    }
}
