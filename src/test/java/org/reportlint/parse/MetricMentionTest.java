package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.facts.MetricMention;
import org.reportlint.input.SourceText;

class MetricMentionTest {
    private static final String PLAN = "\n二、2025年工作安排\n今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n";

    private static List<MetricMention> mentions(String review) {
        List<Object> facts = new DocumentParser(ParseFixtures.data())
                .parse(SourceText.of("t.txt", "一、2024年工作回顾\n" + review + PLAN));
        return facts.stream().filter(MetricMention.class::isInstance).map(MetricMention.class::cast).toList();
    }

    @Test
    void plainResultsOfKnownMetricsAreMentions() {
        List<MetricMention> ms = mentions("过去一年，全市地区生产总值增长5.2%，一般公共预算收入完成286.5亿元，新兴产业产值增长85%。");
        assertEquals(List.of("地区生产总值", "一般公共预算收入"), ms.stream().map(MetricMention::getMetric).toList());
        assertEquals(MetricMention.RATE, ms.get(0).getRole());
        assertEquals(MetricMention.LEVEL, ms.get(1).getRole());
        assertEquals(ms.get(0).getSection(), ms.get(1).getSection());
    }

    @Test
    void targetsBoundsIncrementsOtherScopesAndRespectiveValuesAreNone() {
        assertEquals(List.of(), mentions("预计全年地区生产总值增长5%，一般公共预算收入突破280亿元，新增实际使用外资5亿美元，"
                + "全省地区生产总值增长5.6%，城镇、农村居民人均可支配收入分别达58031元、28650元。"));
    }

    @Test
    void theSentencesTimesAndBaseAreInTheKey() {
        List<MetricMention> ms = mentions("2024年，全市社会消费品零售总额增长7.2%。全市社会消费品零售总额增长7.5%。");
        assertEquals(2, ms.size());
        assertFalse(ms.get(0).getKey().equals(ms.get(1).getKey()));
    }

    @Test
    void differsBeyondRoundingOnly() {
        List<MetricMention> ms = mentions("全市一般公共预算收入286.5亿元。一般公共预算收入287亿元。一般公共预算收入268.5亿元。");
        assertFalse(ms.get(1).differsFrom(ms.get(0)));
        assertTrue(ms.get(2).differsFrom(ms.get(0)));
    }
}
