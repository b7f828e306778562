package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.TestLinter;
import org.reportlint.data.DataSet;
import org.reportlint.facts.IdiomNearMiss;
import org.reportlint.facts.Paragraph;

class IdiomNearMissScannerTest {
    private final DataSet data = TestLinter.get().data();
    private final IdiomNearMissScanner scanner = new IdiomNearMissScanner(data, ScanLimits.of(data));

    private List<IdiomNearMiss> scan(String text) {
        int[] origin = new int[text.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        return scanner.scan(List.of(new Paragraph(0, text, origin, 1, 1)), text);
    }

    @Test
    void aSoundAlikeCharacterInAnIdiomIsACandidate() {
        List<IdiomNearMiss> found = scan("工作要持之以衡。");
        assertEquals(List.of("持之以衡→持之以恒"), found.stream().map(f -> f.getText() + "→" + f.getIdiom()).toList());
        assertEquals(true, found.get(0).isSoundAlike());
    }

    @Test
    void wordsCutAcrossTheWindowAndChangedNumeralsAreNoCandidates() {
        assertEquals(List.of(), scan("问题坚持不解决不收兵，实现一举三得，持之以恒。"));
    }

    @Test
    void notesRareCharactersComposedPhrasesAndRepetition() {
        IdiomNearMiss rare = scan("全省勠力同心。").get(0);
        assertEquals(true, rare.isRareCharacter());
        IdiomNearMiss composed = scan("丰富精神文化生活。").get(0);
        assertEquals(true, composed.isTwoWords());
        assertEquals(List.of(true, true), scan("整治背街小巷，改造背街小巷。").stream().map(IdiomNearMiss::isRepeated).toList());
    }
}
