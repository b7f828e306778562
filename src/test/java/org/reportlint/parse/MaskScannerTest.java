package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.TestLinter;
import org.reportlint.facts.Mask;
import org.reportlint.facts.Paragraph;

class MaskScannerTest {
    private static Paragraph para(String text) {
        int[] origin = new int[text.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        return new Paragraph(0, text, origin, 1, 1);
    }

    private static List<String> kinds(String text) {
        return MaskScanner.scan(para(text)).stream().map(c -> c.kind() + ":" + c.token()).toList();
    }

    @Test
    void letterRunsTouchingChineseAreCensorMarks() {
        assertEquals(List.of("censored:X", "censored:ZZ", "censored:XXXX"), kinds("X中央，ZZ建设，中央XXXX精神"));
    }

    @Test
    void marksWrittenBackToBackSplitIntoGroups() {
        assertEquals(List.of("censored:X", "censored:ZZ"), kinds("从严治XZZ责任，WCBA联赛"));
    }

    @Test
    void latinInsideCodesAndNumbersIsNoMark() {
        assertEquals(List.of(), kinds("“543X”格局、“1+4+N”体系、7×24小时、RCEP、IPv6、要素×”行动"));
    }

    @Test
    void valuesNextToUnitsArePlaceholders() {
        assertEquals(List.of("placeholder:X", "placeholder:XX", "placeholder:某某"), kinds("增长X%，XX县，某某同志"));
    }

    @Test
    void aMultiSignMaskBetweenChineseMarksIsAWord() {
        assertEquals(List.of("censored:XXX"), kinds("最根本在于，XXX、国务院的坚强领导，X、Y两点，A、B、C三类"));
    }

    @Test
    void aDecimalSlotIsOnePlaceholder() {
        assertEquals(List.of("placeholder:X.X", "placeholder:XX.X"), kinds("收入增长X.X%，达到XX.X亿元，版本V1.2"));
    }

    @Test
    void aCapitalBeforeComradeIsAName() {
        assertEquals(List.of("name:A"), kinds("弘扬A同志的精神，A级景区"));
    }

    @Test
    void restorationFollowsTheWordsAMarkFormsAndTheDocumentsMajority() {
        Paragraph p = para("推进X风廉政建设，团结全X，ZZ判断力");
        MaskRestorer r = new MaskRestorer(TestLinter.get().data().lexicon(MaskRestorer.LEXICON),
                TestLinter.get().data().words());
        List<String> originals = r.restore(MaskScanner.scan(p)).stream().map(Mask::getOriginal).toList();
        assertEquals(List.of("党", "党", "政治"), originals);
    }

    @Test
    void aWholeWordMaskedByTwoSignsIsRestoredFromItsOwnContext() {
        Paragraph p = para("学习XX新时代中国特色社会主义思想，坚持XX建设，加强XX建设，坚持以XX为中心");
        MaskRestorer r = new MaskRestorer(TestLinter.get().data().lexicon(MaskRestorer.LEXICON),
                TestLinter.get().data().words());
        List<String> originals = r.restore(MaskScanner.scan(p)).stream().map(Mask::getOriginal).toList();
        assertEquals(List.of("习近平", "政治", "政治", "人民"), originals, "the document's majority for XX is 政治");
    }
}
