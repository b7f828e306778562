package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.TestLinter;
import org.reportlint.data.DataSet;
import org.reportlint.facts.InferredRegion;
import org.reportlint.facts.Misspelling;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.PlaceSuspect;
import org.reportlint.facts.TermNearMiss;
import org.reportlint.facts.TermVariant;
import org.reportlint.input.SourceText;

/** The typo scanners on the project's real data. */
class TypoScannersTest {
    private static final DataSet DATA = TestLinter.get().data();

    private static List<Object> scan(String text) {
        List<Paragraph> ps = ParagraphJoiner.join(LineScanner.scan(SourceText.of("t", text)));
        return new TypoScanners(DATA).scan(ps, text);
    }

    private static <T> List<T> only(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void infersTheRegionFromTheCountiesNamed() {
        InferredRegion r = only(scan("运城市支持盐湖区、永济市、临猗县发展。\n太原市代表团来访。"), InferredRegion.class).get(0);
        assertEquals("运城市", r.getPrefecture());
        assertEquals("山西省", r.getProvince());
    }

    @Test
    void looksForTheRegionWithinTheProvinceTheReportNamesAsItsOwn() {
        String text = "2026年湖南省政府工作报告\n——2026年1月20日在湖南省第十四届人民代表大会第四次会议上\n"
                + "深化与南昌县、进贤县、安义县合作，支持长沙发展。\n";
        List<Object> facts = new DocumentParser(DATA).parse(SourceText.of("t", text));
        InferredRegion r = only(facts, InferredRegion.class).get(0);
        assertEquals("湖南省", r.getProvince());
    }

    @Test
    void marksQuotedTokensAndRouteEnds() {
        String local = "运城市盐湖区、永济市、河津市、临猗县、稷山县协同发展，";
        assertTrue(only(scan(local + "开通运城至天津支线铁路。"), PlaceSuspect.class).get(0).isRouteEnd());
        assertFalse(only(scan(local + "加快推进天津电厂三期项目。"), PlaceSuspect.class).get(0).isRouteEnd());
        assertTrue(only(scan("新余市渝水区、分宜县协同发展，改革进入“深水区”。"), PlaceSuspect.class).get(0).isQuoted());
    }

    @Test
    void suggestsTheLookAlikeCountyOfTheRegion() {
        List<PlaceSuspect> s = only(scan("运城市支持盐湖区、永济市、新绛县、临猗县发展，支持绵县做好试点。"), PlaceSuspect.class);
        assertEquals(1, s.size());
        assertEquals("绵县", s.get(0).getText());
        assertEquals("绛县", s.get(0).getSuggestion());
        assertFalse(s.get(0).isReal());
    }

    @Test
    void leavesRealPlacesNumeralsAndWordsAlone() {
        assertTrue(only(scan("运城市盐湖区、新绛县、绛县、夏县推进一县一业，全县各乡镇、城区开展市场整治。"), PlaceSuspect.class)
                .isEmpty());
    }

    @Test
    void flagsAForeignPlaceOnlyBeforeALocalFacilityWord() {
        String local = "运城市盐湖区、永济市、临猗县、稷山县、万荣县协同发展，";
        List<PlaceSuspect> s = only(scan(local + "加快推进天津电厂三期项目。"), PlaceSuspect.class);
        assertEquals(1, s.size());
        assertTrue(s.get(0).isReal() && s.get(0).isLocalContext());
        assertEquals("河津", s.get(0).getSuggestion());
        assertTrue(only(scan(local + "对接京津冀，深化与天津港合作。"), PlaceSuspect.class).isEmpty());
    }

    @Test
    void findsMisspellingsNotStraddledByWords() {
        List<Misspelling> m = only(scan("成效显着，彰显着活力。"), Misspelling.class);
        assertEquals(1, m.size());
        assertEquals("显著", m.get(0).getSuggestion());
    }

    @Test
    void findsSlipsInFixedTermsAndKeepsTheLongest() {
        List<TermNearMiss> n = only(scan("坚持稳中求近工作总基调，做好保交楼、稳民生、保稳定工作。"), TermNearMiss.class);
        assertEquals(List.of("稳中求近工作总基调", "保交楼、稳民生、保稳定"), n.stream().map(TermNearMiss::getText).toList());
        assertTrue(n.get(1).isParallel());
        assertTrue(n.get(0).isShapeAlike() && n.get(0).isSoundAlike());
    }

    @Test
    void marksBlendsAndJuxtaposedVerbs() {
        List<TermNearMiss> n = only(scan("推进生物智造示范，全面推进乡存振兴，兜牢兜实民生底线。"), TermNearMiss.class);
        assertEquals(List.of("生物智造", "乡存振兴", "兜实民生底线"), n.stream().map(TermNearMiss::getText).toList());
        assertTrue(n.get(0).isCoined(), "智造 is short for the listed 智能制造, which ends with 制造");
        assertFalse(n.get(1).isCoined() || n.get(1).isJuxtaposed());
        assertTrue(n.get(2).isJuxtaposed(), "兜牢 right before 兜实");
    }

    @Test
    void findsAWordBlendedIntoATechnicalTerm() {
        List<TermNearMiss> n = only(scan("扩大混凝土外添加剂产能，布局新原材料产业。"), TermNearMiss.class);
        assertEquals(List.of("外添加剂"), n.stream().map(TermNearMiss::getText).toList());
        assertEquals("insertion", n.get(0).getEdit());
    }

    @Test
    void findsTheRareQuotedVariant() {
        List<TermVariant> v = only(scan("打响“晋品晋味”品牌，办好“晋品晋味”展会，推动“晋品晋未”出省。"), TermVariant.class);
        assertEquals(1, v.size());
        assertEquals("晋品晋味", v.get(0).getMajority());
        assertEquals(2, v.get(0).getMajorityCount());
    }

    @Test
    void parallelMeansTheChangedCharacterMarksTheOtherItems() {
        assertTrue(TermNearMissScanner.parallel("保交楼、保民生、保稳定", 4));
        assertFalse(TermNearMissScanner.parallel("保交楼、保民生、保稳定", 5));
        assertFalse(TermNearMissScanner.parallel("稳中求进", 0));
        assertEquals(3, TermNearMissScanner.onlyDifference("稳中求近", "稳中求进"));
        assertEquals(-1, TermNearMissScanner.onlyDifference("稳中有近", "稳中求进"));
    }

    @Test
    void quotedMeansInsideOpenQuotationMarks() {
        String t = "打造“智汇农业”品牌，发展智汇农业。";
        assertTrue(TermNearMissScanner.quoted(t, 3, 7));
        assertFalse(TermNearMissScanner.quoted(t, 14, 18));
    }

    @Test
    void findsACharacterLostAfterAHeading() {
        List<Object> facts = scan("办好人民满意教育。\n力发展3岁以下婴幼儿托育服务。\n加快建设健康城市。\n大力发展中医药。");
        List<org.reportlint.facts.LostCharacter> lost = only(facts, org.reportlint.facts.LostCharacter.class);
        assertEquals(1, lost.size());
        assertEquals("力发展", lost.get(0).getText());
        assertEquals("大力发展", lost.get(0).getSuggestion());
    }

    @Test
    void straddledByACommonWord() {
        assertTrue(WordBoundary.straddled(DATA.words(), 50, "讨论着", 1, 3));
        assertFalse(WordBoundary.straddled(DATA.words(), 50, "成效显着，", 2, 4));
    }
}
