package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.TestLinter;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.StructureRatio;

class StructureRatioParserTest {
    private static List<String> parse(String text) {
        int[] origin = new int[text.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        CueTable cues = new CueTable(TestLinter.get().data().lexicon("quantity_cues").entries());
        return new StructureRatioParser(cues).parse(new Paragraph(0, text, origin, 1, 1)).stream()
                .map(r -> r.getText() + "=" + r.getSumText() + "±" + r.getTolerance().toPlainString()).toList();
    }

    @Test
    void aRatioAfterAStructureWordIsAComposition() {
        assertEquals(List.of("10.5:38.2:52.3=101±0.15", "8∶41∶51=100±1.5"),
                parse("三次产业结构调整为10.5:38.2:52.3，产业比例关系由8∶41∶51优化。"));
    }

    @Test
    void ratiosWithoutAStructureWordOrInsideNumbersAreNot() {
        assertEquals(List.of(), parse("按1:2:4配比，8:30:00开会，比分为3:1:2:5。"));
        assertEquals(List.of("2:3:5=10±1.5"), parse("结构为2:3:5"), "the rule, not the parser, judges the window");
    }
}
