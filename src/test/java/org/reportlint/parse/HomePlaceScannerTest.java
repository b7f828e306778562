package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.TestLinter;
import org.reportlint.data.DataSet;
import org.reportlint.facts.PlaceSuspect;
import org.reportlint.input.SourceText;

/** Bare names one character off a place of the report's own province, on the project's real data. */
class HomePlaceScannerTest {
    private static final DataSet DATA = TestLinter.get().data();

    private static List<PlaceSuspect> suspects(String text) {
        return new DocumentParser(DATA).parse(SourceText.of("t", text + "\n")).stream()
                .filter(PlaceSuspect.class::isInstance).map(PlaceSuspect.class::cast).toList();
    }

    @Test
    void indexesTheProvincesStemsByOneBlankedCharacter() {
        HomeStems hunan = new HomeStems(DATA.gazetteer(), "湖南省");
        assertTrue(hunan.oneOff("湘谈").contains("湘潭"));
        assertTrue(hunan.oneOff("长沙").isEmpty() || !hunan.oneOff("长沙").contains("长沙"));
        assertTrue(hunan.isHome("株洲") && hunan.isForeign("赣州") && !hunan.isForeign("郴州"));
        assertTrue(hunan.isParent("湖南", "湘潭") && hunan.isParent("湘潭市", "湘潭") && !hunan.isParent("长沙市", "湘潭"));
        assertTrue(hunan.abbreviatesHomePlaces("长株") && !hunan.abbreviatesHomePlaces("湘谈"));
    }

    @Test
    void namesTheCueThatAskedForALocalPlace() {
        assertEquals("list", suspects("湖南省推动长沙、株洲、湘谈融城发展。").get(0).getCue());
        assertEquals("site", suspects("四川省提升棉阳机场保障能力，成都、德阳协同发展。").get(0).getCue());
        assertEquals("route", suspects("广西壮族自治区开通柳州至贵刚城际铁路。").get(0).getCue());
        PlaceSuspect s = suspects("浙江省举办浙江义马小商品博览会，杭州、宁波、温州协同发展。").get(0);
        assertEquals("parent", s.getCue());
        assertTrue(s.isReal());
        assertEquals("义乌", s.getSuggestion());
    }

    @Test
    void wantsACueAndNoWordAcrossTheToken() {
        assertTrue(suspects("湖南省支持湘谈发展。").isEmpty());
        assertEquals("verb", suspects("湖南省长沙、湘潭协同发展，支持湘谈发展。").get(0).getCue());
        assertEquals("clause", suspects("湖南省长沙、湘潭协同发展。湘谈产业园加快建设。").get(0).getCue());
        assertTrue(suspects("湖南省开通长沙至赣州高铁，株洲、湘潭、衡阳协同发展。").isEmpty());
        assertTrue(suspects("湖南省推动长沙与广州、深圳、南宁开展合作。").isEmpty());
    }

    @Test
    void findsAForeignPlaceOnlyAmongLocalOnes() {
        List<PlaceSuspect> s = suspects("四川省支持成都、德阳、宜川、乐山建设先进制造业集群。");
        assertEquals(1, s.size());
        assertTrue(s.get(0).isReal());
        assertFalse(s.get(0).isLookAlike());
        assertTrue(suspects("四川省支持成都、宜川、西安建设先进制造业集群。").isEmpty());
    }

    @Test
    void takesTheProvinceTheReportNamesMostWhenItDoesNotSayWhoseItIs() {
        List<PlaceSuspect> s = suspects("支持西安、宝鸡、延安、汉中协同发展，推动安康、瑜林加快转型。");
        assertEquals(1, s.size());
        assertEquals("陕西省", s.get(0).getArea());
        assertEquals("榆林", s.get(0).getSuggestion());
    }
}
