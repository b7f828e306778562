package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.facts.BareUnit;
import org.reportlint.facts.GrowthClaim;
import org.reportlint.facts.PlausibleRange;
import org.reportlint.facts.Quantity;
import org.reportlint.facts.QuantityKind;

/** The facts the plausibility rules judge: growth arithmetic, units without numbers, ranges, repairs. */
class PlausibilityFactsTest {

    private static GrowthClaim fromTo(String text) {
        return ParseFixtures.facts(GrowthClaim.class, text).stream().filter(GrowthClaim::isFromTo).findFirst()
                .orElseThrow(() -> new AssertionError("no from-to claim: " + text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "占比由22.5%提高到21.5%。|-1",
            "占比由22.5%提高到23.5%。|1",
            "贷款余额由1.20亿元提高到1.2亿元。|0",
            "单位能耗由0.8吨降至0.6吨。|-1",
    })
    void theChangeSignHonoursRounding(String text, int sign) {
        assertEquals(sign, fromTo(text).getChangeSign());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "研发投入由10亿元增加到12亿元，增长35%。|true|20.0%",
            "研发投入由10亿元增加到12亿元，增长20%。|false|20.0%",
            "科技型中小企业从321家增加到8726家，增长2618%。|false|2618.4%",
            "低收入农户由5000户减少到4000户，下降25.5%。|true|-20.0%",
            "低收入农户由5000户减少到4000户，下降20%。|false|-20.0%",
    })
    void theStatedRateIsCheckedAgainstTheTwoEnds(String text, boolean mismatch, String implied) {
        GrowthClaim g = fromTo(text);
        assertEquals(mismatch, g.isRateMismatch(), text);
        assertEquals(implied, g.getImpliedRateText());
    }

    @Test
    void percentagePointsAreTheDifferenceOfTwoPercentages() {
        GrowthClaim wrong = fromTo("占比由22.5%提高到23.5%，提高2个百分点。");
        assertTrue(wrong.isDeltaMismatch());
        assertEquals("1个百分点", wrong.getImpliedDeltaText());
        assertFalse(fromTo("占比由22.5%提高到23.5%，提高1个百分点。").isDeltaMismatch());
    }

    @Test
    void signedRatesCountDeclinesNegativeAndKeepRanges() {
        GrowthClaim down = ParseFixtures.facts(GrowthClaim.class, "单位地区生产总值能耗下降3%。").get(0);
        assertEquals(0, new BigDecimal("-3").compareTo(down.getSignedRateMin()));
        GrowthClaim range = ParseFixtures.facts(GrowthClaim.class, "地区生产总值增长5%—6%。").get(0);
        assertEquals(0, new BigDecimal("5").compareTo(range.getSignedRateMin()));
        assertEquals(0, new BigDecimal("6").compareTo(range.getSignedRateMax()));
        assertTrue(ParseFixtures.facts(GrowthClaim.class, "社会消费品零售总额较2019年增长21.8%。").get(0).isMultiYearBase());
    }

    @Test
    void unitsWithoutNumbers() {
        List<BareUnit> bs = ParseFixtures.facts(BareUnit.class,
                "地区生产总值增长%，城镇化率提高个百分点，粮食产量稳定在亿斤，每万人拥有医生30名。");
        assertEquals(List.of("%", "个百分点", "亿斤", "万人"), bs.stream().map(BareUnit::getUnitText).toList());
        assertEquals("增长", bs.get(0).getVerb());
        assertTrue(bs.get(1).isRate());
        assertEquals("稳定在", bs.get(2).getVerb());
        assertNull(bs.get(3).getVerb());
    }

    @ParameterizedTest
    @ValueSource(strings = {"增长5%，提高2个百分点。", "突破千亿元。", "1.2万亿元。", "增速（%）", "两成企业。"})
    void numbersBeforeUnitsAreNoBareUnits(String text) {
        assertEquals(List.of(), ParseFixtures.facts(BareUnit.class, text), text);
    }

    @Test
    void aTableHeaderIsNoProse() {
        assertFalse(ParseFixtures.facts(BareUnit.class, "比上年增长%").get(0).isInProse());
    }

    @Test
    void aDoubledDecimalPointHasARepair() {
        List<Quantity> qs = ParseFixtures.quantities("产量3..5亿斤，游客1,23,456人次。");
        assertEquals("3.5亿斤", qs.get(0).getRepairedText());
        assertNull(qs.get(1).getRepairedText());
        assertTrue(qs.get(1).isMalformed());
    }

    @Test
    void legalEducationPlansAreNoFiveYearPlans() {
        List<Quantity> qs = ParseFixtures.quantities("“八五”普法深入实施，“十四五”规划顺利收官。");
        assertEquals(1, qs.size());
        assertEquals(QuantityKind.PERIOD, qs.get(0).getKind());
        assertEquals("十四五", qs.get(0).getText());
    }

    @Test
    void plausibleRangesAreLoadedAsFacts() {
        List<PlausibleRange> rs = ParseFixtures.data().sessionFacts().stream().filter(PlausibleRange.class::isInstance)
                .map(PlausibleRange.class::cast).toList();
        assertTrue(rs.stream().anyMatch(r -> r.getMetric().equals("地区生产总值") && r.isGrowth() && r.isTargetsOnly()));
        assertTrue(rs.stream().allMatch(r -> r.getMin().compareTo(r.getMax()) < 0 && !r.getSource().isEmpty()));
    }
}
