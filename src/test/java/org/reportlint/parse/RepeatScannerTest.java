package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.TestLinter;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Repeat;

class RepeatScannerTest {
    private final RepeatScanner scanner = new RepeatScanner(TestLinter.get().data().words(),
            TestLinter.get().data().gazetteer());

    private List<Repeat> scan(String text) {
        int[] origin = new int[text.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        return scanner.scan(new Paragraph(0, text, origin, 1, 1));
    }

    @Test
    void findsEachRepeatOnceWithItsUnit() {
        List<Repeat> rs = scan("集中连片连片打造，哈哈哈哈");
        assertEquals(List.of("连片", "哈"), rs.stream().map(Repeat::getUnit).toList());
        assertEquals(4, rs.get(0).getSecond().getStart());
    }

    @Test
    void measuresWordsOnBothSidesOfTheJunction() {
        Repeat r = scan("支付农民工工资").get(0);
        assertTrue(r.getLeftFreq() > 0, "农民工 ends with the first copy");
        assertTrue(r.getRightFreq() > 0, "工资 begins with the second copy");
    }

    @Test
    void aStutterHasAWordOnOneSideOnly() {
        Repeat r = scan("规划建建设公园").get(0);
        assertEquals(0, r.getLeftFreq());
        assertTrue(r.getRightFreq() > 100);
        assertTrue(r.getBeforeFreq() > 0, "规划 ends right before the first copy");
    }

    @Test
    void marksCountersNumeralsAndProductivePrefixes() {
        assertTrue(scan("一件件实事").get(0).isAfterCounter());
        assertTrue(scan("十五五规划").get(0).isNumeral());
        assertTrue(scan("发展超超临界机组").get(0).getPrefixWords() > 50);
        assertFalse(scan("连片连片").get(0).isNumeral());
    }

    @Test
    void marksTheShapesThatExplainADoubling() {
        List<Repeat> aabb = scan("过得和和睦睦");
        assertTrue(aabb.get(0).isAabb() && aabb.get(1).isAabb());
        assertFalse(scan("加快建建设").get(0).isAabb());
        assertTrue(scan("舞剧《潮潮州》").get(0).isInBookTitle());
        assertFalse(scan("《意见》潮潮州").get(0).isInBookTitle());
        assertTrue(scan("近5年年均").get(0).isAfterNumber());
        Repeat place = scan("平和和漳浦").get(0);
        assertTrue(place.isPlaceBefore() && place.isPlaceAfter());
        assertFalse(scan("华阴至至潼关").get(0).isPlaceBefore());
    }

    @Test
    void aFragmentAcrossWordsIsNoUnitWord() {
        assertFalse(scan("退税缓税缓费").get(0).isUnitWord());
        assertTrue(scan("夏县夏县").get(0).isUnitWord());
    }

    @Test
    void ignoresDigitsAndLatin() {
        assertTrue(scan("2020年AA级").isEmpty());
    }
}
