package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.facts.ClaimStatus;
import org.reportlint.facts.Direction;
import org.reportlint.facts.GrowthClaim;
import org.reportlint.facts.Quantity;
import org.reportlint.facts.RespectiveList;
import org.reportlint.facts.Span;
import org.reportlint.facts.SumClaim;
import org.reportlint.facts.TargetClaim;

class ClaimParsersTest {

    private static GrowthClaim growth(String text) {
        List<GrowthClaim> gs = ParseFixtures.facts(GrowthClaim.class, text);
        assertEquals(1, gs.size(), text);
        return gs.get(0);
    }

    private static String text(Quantity q) {
        return q == null ? "-" : q.getText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "地区生产总值比上年增长5.5%。|地区生产总值|UP|rate 5.5%|比上年",
            "一般公共预算收入同比下降3.9%。|一般公共预算收入|DOWN|rate 3.9%|同比",
            "地区生产总值年均增长6.6%。|地区生产总值|UP|rate 6.6%|年均",
            "城镇调查失业率降低0.3个百分点。|城镇调查失业率|DOWN|delta 0.3个百分点|-",
            "城镇新增就业增加1.2万人。|城镇新增就业|UP|delta 1.2万人|-",
            "居民消费价格涨幅控制在3%左右。|居民消费价格|UP|rate 3%|-",
            "工业增加值增长-1.2%。|工业增加值|UP|rate -1.2%|-",
            "进出口总额增长1倍。|进出口总额|UP|rate 1倍|-",
            "社会消费品零售总额较2019年增长21.8%。|社会消费品零售总额|UP|rate 21.8%|较2019年",
    })
    void readsRatesAndDeltas(String text, String metric, Direction dir, String figure, String base) {
        GrowthClaim g = growth(text);
        assertEquals(metric, g.getMetric());
        assertEquals(dir, g.getDirection());
        String[] f = figure.split(" ");
        assertEquals(f[1], text(f[0].equals("rate") ? g.getRate() : g.getDelta()));
        assertEquals(base.equals("-") ? null : base, g.getBase());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "在全省占比由22.5%提高到23.5%。|22.5%|23.5%|UP",
            "科技型中小企业从2017年的321家增加到8726家。|321家|8726家|UP",
            "单位能耗由0.8吨降至0.7吨。|0.8吨|0.7吨|DOWN",
            "优良天数比例从65%上升至72%。|65%|72%|UP",
    })
    void readsFromToPairs(String text, String from, String to, Direction dir) {
        GrowthClaim g = growth(text);
        assertTrue(g.isFromTo());
        assertEquals(from, text(g.getFrom()));
        assertEquals(to, text(g.getTo()));
        assertEquals(dir, g.getDirection());
    }

    @Test
    void aRateAfterAFromToPairJoinsIt() {
        GrowthClaim g = growth("研发投入由10亿元增加到12亿元，增长20%。");
        assertEquals("10亿元", text(g.getFrom()));
        assertEquals("12亿元", text(g.getTo()));
        assertEquals("20%", text(g.getRate()));
    }

    @Test
    void aRespectiveListOfRatesGivesOneClaimEach() {
        List<GrowthClaim> gs = ParseFixtures.facts(GrowthClaim.class, "接待人数、经营收入分别增长12.6%、13.7%。");
        assertEquals(List.of("12.6%", "13.7%"), gs.stream().map(g -> text(g.getRate())).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"新增就业5万人。", "减税降费100亿元。", "完成投资422.4亿元。", "2024年是关键之年。"})
    void noGrowthWithoutAChangeVerb(String text) {
        assertEquals(List.of(), ParseFixtures.facts(GrowthClaim.class, text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "力争新增两家企业。|两家|TARGET|力争",
            "年底力争达到8000座以上。|8000座|TARGET|力争",
            "确保粮食产量稳定在5亿斤。|5亿斤|TARGET|确保",
            "预计全年地区生产总值增长5%。|5%|EXPECTED|预计",
            "超额完成投资120亿元。|120亿元|ACHIEVED|超额完成",
            "全年实施产业项目1075个、计划投资1743.3亿元。|1743.3亿元|TARGET|计划",
    })
    void readsTargetsAndTheirStatus(String text, String figure, ClaimStatus status, String cue) {
        List<TargetClaim> ts = ParseFixtures.facts(TargetClaim.class, text);
        TargetClaim t = ts.get(ts.size() - 1);
        assertEquals(figure, t.getQuantity().getText());
        assertEquals(status, t.getStatus());
        assertEquals(cue, t.getCue());
    }

    @Test
    void aTargetColonCoversTheSemicolonList() {
        List<TargetClaim> ts = ParseFixtures.facts(TargetClaim.class,
                "主要预期目标是：地区生产总值增长5.5%以上；一般公共预算收入增长5%左右；居民消费价格涨幅控制在3%左右。");
        assertEquals(List.of("地区生产总值", "一般公共预算收入", "居民消费价格"),
                ts.stream().map(TargetClaim::getMetric).toList());
        assertTrue(ts.stream().allMatch(t -> t.getGrowth() != null && t.isTarget()));
    }

    @Test
    void noTargetWithoutACue() {
        assertEquals(List.of(), ParseFixtures.facts(TargetClaim.class, "签约项目541个，新开工项目437个，超额完成全年目标。"));
    }

    @Test
    void partsAfterQiZhongAreNotExhaustive() {
        List<SumClaim> ss = ParseFixtures.facts(SumClaim.class, "全市共有A级景区50家，其中5A级景区3家、4A级景区20家。");
        assertEquals(1, ss.size());
        SumClaim s = ss.get(0);
        assertEquals("50家", s.getTotal().getText());
        assertEquals(2, s.getPartCount());
        assertFalse(s.isExhaustive());
        assertEquals("3 + 20 = 23", s.getArithmetic());
        assertFalse(s.isPartsExceedTotal());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "进出口总额4200亿元，其中出口2300亿元、进口1700亿元。|true",
            "提出28个主要指标，其中20个预期性指标、8个约束性指标。|true",
            "新开工项目60个，其中交通项目20个、水利项目15个、其他项目20个。|true",
            "新增规上企业100家，其中国有企业20家、民营企业70家。|false",
            "进出口总额4200亿元，其中出口2300亿元。|false",
            "进出口总额4200亿元，其中出口2300亿元、出口增长部分300亿元。|false",
    })
    void aQiZhongListIsCompleteWhenItsLabelsNameTheWhole(String text, boolean complete) {
        SumClaim s = ParseFixtures.facts(SumClaim.class, text).get(0);
        assertEquals(complete, s.isExhaustive(), text);
    }

    @Test
    void worksCountedWithTheirOwnClassifierJoinAGenericCount() {
        SumClaim s = ParseFixtures.facts(SumClaim.class, "建设1000个农村项目，其中小型水库7座、调蓄设施993个。").get(0);
        assertEquals(2, s.getPartCount());
        assertTrue(s.isBalanced());
        SumClaim beds = ParseFixtures.facts(SumClaim.class, "实施卫生项目30个，其中新增床位500张、项目用房12个。").get(0);
        assertEquals(1, beds.getPartCount());
    }

    @Test
    void partsThatExceedTheTotal() {
        SumClaim s = ParseFixtures.facts(SumClaim.class, "新建学校10所，其中小学6所、初中5所。").get(0);
        assertTrue(s.isPartsExceedTotal());
        assertEquals("6 + 5 = 11", s.getArithmetic());
    }

    @Test
    void heJiAfterAListIsExhaustiveAndMixedUnitsNormalise() {
        SumClaim s = ParseFixtures.facts(SumClaim.class, "省级资金5000万元、市级资金0.7亿元，合计1.2亿元。").get(0);
        assertTrue(s.isExhaustive());
        assertTrue(s.isBalanced());
        assertEquals("0.5 + 0.7 = 1.2", s.getArithmetic());
    }

    @Test
    void roundingAsWrittenIsTolerated() {
        SumClaim s = ParseFixtures.facts(SumClaim.class, "投资合计：A项目1.24亿元、B项目2.31亿元，合计3.6亿元。").get(0);
        assertTrue(s.isBalanced(), s.getArithmetic());
    }

    @Test
    void fenBieWeiAfterATotalIsExhaustive() {
        SumClaim s = ParseFixtures.facts(SumClaim.class, "新增国家级平台5个，分别为工程中心2个、重点实验室2个。").get(0);
        assertTrue(s.isExhaustive());
        assertFalse(s.isBalanced());
    }

    @Test
    void parallelTotalsGiveOneClaimPerColumn() {
        List<SumClaim> ss = ParseFixtures.facts(SumClaim.class, "统筹抓好总投资2.66万亿元的2000个重大项目，年度计划投资3470.6亿元。"
                + "全年实施产业项目1075个、计划投资1743.3亿元。加快实施太平水库等98个重点项目，计划投资670.6亿元。"
                + "统筹实施城中村改造等490个重点项目，计划投资1056.7亿元。");
        assertEquals(2, ss.size());
        assertEquals(ss.get(0).getGroup(), ss.get(1).getGroup());
        SumClaim count = ss.stream().filter(s -> s.getBaseUnit().equals("个")).findFirst().orElseThrow();
        SumClaim money = ss.stream().filter(s -> s.getBaseUnit().equals("元")).findFirst().orElseThrow();
        assertEquals("1075 + 98 + 490 = 1663", count.getArithmetic());
        assertEquals("2000", count.getTotalNumber());
        assertFalse(count.isBalanced());
        assertTrue(money.isBalanced());
        assertEquals("3470.6亿元", money.getTotal().getText());
        assertTrue(count.isInferred() && !count.isExhaustive());
    }

    @ParameterizedTest
    @ValueSource(strings = {"全年实施重点项目300个，其中亿元以上项目220个、10亿元以上项目90个。",
            "新签约项目200个，其中超10亿元项目120个、超50亿元项目95个。"})
    void partsLabelledByAThresholdAreNested(String text) {
        SumClaim s = ParseFixtures.facts(SumClaim.class, text).get(0);
        assertTrue(s.isNested(), s.getArithmetic());
    }

    @Test
    void aPartitionIsNotNested() {
        assertFalse(ParseFixtures.facts(SumClaim.class, "新建学校10所，其中小学6所、初中5所。").get(0).isNested());
    }

    @Test
    void changesAndFiguresPerHeadAreNoParts() {
        SumClaim s = ParseFixtures.facts(SumClaim.class, "高新技术企业达到560家，其中当年新认定210家，比上年净增加380家。")
                .get(0);
        assertEquals("210", s.getArithmetic());
        assertEquals(List.of(), ParseFixtures.facts(SumClaim.class,
                "全体居民人均可支配收入4.2万元，其中城镇居民5.1万元、农村居民2.3万元。"));
    }

    @Test
    void anExhaustiveCueNeedsItsTotalRightBeforeIt() {
        assertEquals(List.of(), ParseFixtures.facts(SumClaim.class, "实现产值60亿元，三个园区的产值分别为10亿元、20亿元、35亿元。"));
        SumClaim s = ParseFixtures.facts(SumClaim.class, "新建学校10所，分别为小学4所、初中3所、高中2所。").get(0);
        assertEquals("1", s.getDifferenceText());
        assertEquals("所", s.getUnitText());
    }

    @Test
    void sharesAreNotSummed() {
        assertEquals(List.of(), ParseFixtures.facts(SumClaim.class, "增长8%，其中工业增长10%、服务业增长7%。"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "全市8个重点景区累计接待人数、经营收入分别增长12.6%、13.7%。|2|2",
            "生产安全事故起数、死亡人数分别下降24%和21.2%。|2|2",
            "城乡居民人均可支配收入分别增长5.5%左右和6.5%以上。|1|2",
            "航空航天、集成电路、新能源产业产值分别增长20%、39.1%。|3|2",
            "营业收入和利润总额分别增长10%。|2|1",
            "城镇和农村居民人均可支配收入分别达58031元、28650元。|2|2",
            "工业投资、技改投资、工业用电量分别增长51.1%、36.5%、7.8%。|3|3",
    })
    void respectiveListsCountSubjectsAndValues(String text, int subjects, int values) {
        RespectiveList r = ParseFixtures.facts(RespectiveList.class, text).get(0);
        assertEquals(subjects, r.getSubjectCount(), () -> r.getSubjects().stream().map(Span::getText).toList().toString());
        assertEquals(values, r.getValueCount());
    }

    @Test
    void aSecondFenBieTakesTheSubjectsOfTheFirst() {
        List<RespectiveList> rs = ParseFixtures.facts(RespectiveList.class,
                "城镇、农村居民人均可支配收入分别达58031元、28650元，分别增长4.3%、6.8%。");
        assertEquals(2, rs.size());
        assertEquals(List.of("城镇", "农村居民人均可支配收入"),
                rs.get(1).getSubjects().stream().map(Span::getText).toList());
    }

    @Test
    void theLastSubjectSplitAtHeIsCountedBothWays() {
        RespectiveList r = ParseFixtures.facts(RespectiveList.class, "金融业、交通运输和物流业增加值分别增长5%、6%。").get(0);
        assertEquals(3, r.getSubjectCount());
        assertEquals(2, r.getSubjectCountUnsplit());
    }

    @Test
    void respectiveListSkipsABaseClause() {
        RespectiveList r = ParseFixtures.facts(RespectiveList.class, "社会消费品零售总额、旅游收入,较2019年分别增长21.8%、34.5%。").get(0);
        assertEquals(2, r.getSubjectCount());
    }

    @Test
    void fenBieWithoutFiguresIsNoList() {
        assertEquals(List.of(), ParseFixtures.facts(RespectiveList.class, "本溪县、桓仁县分别获评全国绿色高产高效行动县。"));
    }

    @Test
    void subjectsAndValuesHaveSpans() {
        RespectiveList r = ParseFixtures.facts(RespectiveList.class, "工业投资、技改投资分别增长5%、6%。").get(0);
        assertEquals(List.of("工业投资", "技改投资"), r.getSubjects().stream().map(Span::getText).toList());
        assertEquals("增长", r.getVerb());
        assertNull(ParseFixtures.facts(RespectiveList.class, "两项分别为").stream().findFirst().orElse(null));
    }
}
