package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportlint.facts.Quantity;
import org.reportlint.facts.QuantityKind;

class QuantityScannerTest {

    private static String all(String text) {
        return ParseFixtures.quantities(text).stream().map(ParseFixtures::describe).collect(Collectors.joining("; "));
    }

    private static Quantity only(String text) {
        List<Quantity> qs = ParseFixtures.quantities(text);
        assertEquals(1, qs.size(), () -> text + " → " + all(text));
        return qs.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "全年农产品加工销售收入达到560亿元。|560亿元=56000000000 元 AMOUNT",
            "总投资12000万元。|12000万元=120000000 元 AMOUNT",
            "城镇新增就业8.5万人。|8.5万人=85000 人 COUNT",
            "接待游客1200万人次。|1200万人次=12000000 人次 COUNT",
            "新建改造高标准农田28万亩。|28万亩=280000 亩 MEASURE",
            "新改建农村公路120公里。|120公里=120000 米 MEASURE",
            "新增装机容量50万千瓦。|50万千瓦=500000000 瓦 MEASURE",
            "建成保障性住房4万套。|4万套=40000 套 COUNT",
            "新增省级专业镇1个。|1个=1 个 COUNT",
            "力争新增两家企业。|两家=2 家 COUNT",
            "实施三十余项改革。|三十余项=30 项 COUNT AT_LEAST ~",
            "拉动消费74亿多元。|74亿多元=7400000000 元 AMOUNT AT_LEAST ~",
            "培训2万余人次。|2万余人次=20000 人次 COUNT AT_LEAST ~",
            "建成数十个示范点。|数十个=20 个 COUNT RANGE 90 ~",
            "总量迈上4千亿元台阶。|4千亿元=400000000000 元 AMOUNT",
            "社会融资规模1.66万亿元。|1.66万亿元=1660000000000 元 AMOUNT",
            "出口增长１２.５％。|１２.５％=12.5 % PERCENT",
            "下降2个百分点。|2个百分点=2 百分点 PERCENTAGE_POINTS",
            "人口自然增长率为3.5‰。|3.5‰=3.5 ‰ PERMILLE",
            "增长1.5倍。|1.5倍=1.5 倍 MULTIPLE",
            "占全市的三分之一。|三分之一=0.3333333333333333 RATIO",
            "达到百分之五十。|百分之五十=50 % PERCENT",
            "实际使用外资2万美元以上。|2万美元=20000 美元 AMOUNT AT_LEAST",
            "粮食产量5亿斤。|5亿斤=250000000 千克 MEASURE",
            "完成植树造林16.7万亩。|16.7万亩=167000 亩 MEASURE",
            "八成以上的村。|八成=80 % PERCENT AT_LEAST",
            "新设企业一千二百家。|一千二百家=1200 家 COUNT",
            "贫困人口两千万人。|两千万人=20000000 人 COUNT",
    })
    void readsValueUnitAndKind(String text, String expected) {
        assertEquals(expected, all(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "地区生产总值增长5.5%以上。|5.5%=5.5 % PERCENT AT_LEAST",
            "一般公共预算收入增长5%左右。|5%=5 % PERCENT ~",
            "居民消费价格涨幅控制在3%左右。|3%=3 % PERCENT AT_MOST ~",
            "城镇调查失业率控制在5.5%以内。|5.5%=5.5 % PERCENT AT_MOST",
            "年底力争达到8000座以上。|8000座=8000 座 COUNT AT_LEAST",
            "投资约1.2亿元。|1.2亿元=120000000 元 AMOUNT ~",
            "覆盖近2万户。|2万户=20000 户 COUNT AT_MOST ~",
            "总投资超过100亿元。|100亿元=10000000000 元 AMOUNT AT_LEAST",
            "审批时限不超过20个工作日。|20个工作日=20 工作日 DURATION AT_MOST",
            "精深加工产值突破300亿元。|300亿元=30000000000 元 AMOUNT AT_LEAST",
            "预期增长5%—6%。|5%—6%=5 % PERCENT RANGE 6",
            "预期增长5-6%。|5-6%=5 % PERCENT RANGE 6",
            "市级专业镇3个—5个。|3个—5个=3 个 COUNT RANGE 5",
            "建设3—5个园区。|3—5个=3 个 COUNT RANGE 5",
            "投资3-5万元。|3-5万元=30000 元 AMOUNT RANGE 50000",
            "投资10万至20万元。|10万至20万元=100000 元 AMOUNT RANGE 200000",
            "工业增加值增长-1.2%。|-1.2%=-1.2 % PERCENT",
            "建设三五个示范区。|三五个=3 个 COUNT RANGE 5 ~",
    })
    void readsQualifiersAndRanges(String text, String expected) {
        assertEquals(expected, all(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024年是关键之年。|2024年=2024 年 YEAR",
            "二〇二四年一月。|二〇二四年一月=1 月 DATE",
            "二〇二四年。|二〇二四年=2024 年 YEAR",
            "实施2024—2026年行动计划。|2024—2026年=2024 年 PERIOD RANGE 2026",
            "2021-2025年规划。|2021-2025年=2021 年 PERIOD RANGE 2025",
            "2024年至2026年。|2024年至2026年=2024 年 PERIOD RANGE 2026",
            "“十四五”时期。|十四五=2021 年 PERIOD RANGE 2025",
            "十三五期间。|十三五=2016 年 PERIOD RANGE 2020",
            "到“十五五”末。|十五五=2026 年 PERIOD RANGE 2030",
            "上半年完成。|上半年=1 月 PERIOD RANGE 6",
            "前三季度增长。|前三季度=1 月 PERIOD RANGE 9",
            "一季度开工。|一季度=1 月 PERIOD RANGE 3",
            "1-11月增长。|1-11月=1 月 PERIOD RANGE 11",
            "2021年2月23日在会上。|2021年2月23日=23 日 DATE",
            "连续三年投入。|三年=3 年 DURATION",
    })
    void readsYearsDatesAndPeriods(String text, String expected) {
        assertEquals(expected, all(text));
    }

    @Test
    void keepsAnImpossibleDateWithItsDay() {
        Quantity q = only("定于2月30日召开。");
        assertEquals(QuantityKind.DATE, q.getKind());
        assertEquals(2, q.getMonth());
        assertEquals(30, q.getDay());
        assertFalse(q.isValidDate());
        assertTrue(only("2024年2月29日").isValidDate());
        assertFalse(only("2023年2月29日").isValidDate());
        assertFalse(only("4月31日").isValidDate());
    }

    @Test
    void flagsAFiveDigitYear() {
        Quantity q = only("20245年全市地区生产总值");
        assertEquals(QuantityKind.YEAR, q.getKind());
        assertTrue(q.isMalformed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"总额1,23,456元。", "增长3..5%。", "投资12,34,5678元"})
    void flagsMalformedNumbers(String text) {
        assertTrue(only(text).isMalformed(), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "创建国家5A级景区。", "推进543X产业体系。", "构建“1+4+N”体系。", "加快5G网络建设。",
            "PM2.5浓度下降。", "拨打12315热线。", "改造G209国道。", "贯彻党的二十大精神。", "共建“一带一路”。",
            "增强“四个意识”，做到“两个维护”。", "按时足额支付农民工工资。", "坚持“三农”工作重中之重。",
            "第二十八届年会。", "千家万户受益。", "实施“415”工程。", "统一规划建设。", "汽车零部件产业园。",
            "地铁3号线开通。", "每千人拥有床位。", "深入实施十九届五中全会精神。", "五位一体总体布局。",
    })
    void namesAndCodesAreNotQuantities(String text) {
        assertEquals("", all(text), text);
    }

    @Test
    void fiveGIsANameButItsStationsAreCounted() {
        assertEquals("1万座=10000 座 COUNT", all("累计新建5G基站1万座。"));
        assertEquals("5G基站", only("累计新建5G基站1万座。").getMetric());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "地区生产总值增长5.5%以上。|地区生产总值",
            "全年农产品加工销售收入达到560亿元。|农产品加工销售收入",
            "城镇新增就业5万人。|城镇新增就业",
            "规上工业增加值增长7%。|规模以上工业增加值",
            "一般公共预算收入比上年增长6.7%。|一般公共预算收入",
            "GDP同比增长5%。|地区生产总值",
            "新建改造高标准农田28万亩。|高标准农田",
            "全年实施产业项目1075个。|产业项目",
            "居民消费价格涨幅控制在3%左右。|居民消费价格",
            "战略性新兴产业增加值年均增长9.7%。|战略性新兴产业增加值",
    })
    void findsTheMetric(String text, String metric) {
        assertEquals(metric, ParseFixtures.quantities(text).get(0).getMetric(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"年底力争达到8000座以上。", "建设10万亩果业标准化生产基地。"})
    void noMetricWhenTheClauseNamesNone(String text) {
        assertEquals(null, ParseFixtures.quantities(text).get(0).getMetric(), text);
    }

    @Test
    void equalAmountsInDifferentWritingsCompareEqual() {
        BigDecimal a = only("1.2亿元").getValue();
        BigDecimal b = only("12000万元").getValue();
        assertEquals(a, b);
        assertEquals(new BigDecimal("5000000"), only("1.2亿元").getTolerance().stripTrailingZeros().setScale(0));
        assertEquals(-7, only("1.2亿元").getDecimals());
        assertEquals("亿元", only("1.2亿元").getUnitText());
        assertEquals("元", only("1.2亿元").getBaseUnit());
        assertEquals(0, new BigDecimal("1E8").compareTo(only("1.2亿元").getMultiplier()));
    }

    @Test
    void theNounAfterACount() {
        assertEquals("重点项目", ParseFixtures.quantities("加快实施98个重点项目，计划投资670.6亿元。").get(0).getNoun());
    }
}
