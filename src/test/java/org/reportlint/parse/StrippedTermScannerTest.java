package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.TestLinter;
import org.reportlint.facts.Paragraph;

class StrippedTermScannerTest {
    private final StrippedTermScanner scanner = new StrippedTermScanner(
            TestLinter.get().data().lexicon(LatinScanner.TERMS),
            TestLinter.get().data().lexicon(TermNearMissScanner.LEXICON), TestLinter.get().data().words());

    private List<String> scan(String text) {
        int[] origin = new int[text.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        scanner.scan(new Paragraph(0, text, origin, 1, 1));
        return scanner.finish(text).stream()
                .map(s -> s.getDigit() + (s.isPlus() ? "+" : "") + s.getFollowing() + "→" + s.getTerm()).toList();
    }

    @Test
    void aBareDigitBeforeANounLostItsLetter() {
        assertEquals(List.of("5基站→5G"), scan("新建5基站7000个"));
    }

    @Test
    void aDigitBeforePlusAndChineseIsASlogan() {
        assertEquals(List.of("5+工业互联网”→5G"), scan("“5+工业互联网”"));
    }

    @Test
    void documentEvidenceIsCounted() {
        StrippedTermScanner s = new StrippedTermScanner(TestLinter.get().data().lexicon(LatinScanner.TERMS),
                TestLinter.get().data().lexicon(TermNearMissScanner.LEXICON), TestLinter.get().data().words());
        String text = "新建5G基站，5基站，5网络，5月份";
        int[] origin = new int[text.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        s.scan(new Paragraph(0, text, origin, 1, 1));
        List<org.reportlint.facts.StrippedTerm> found = s.finish(text);
        assertEquals(List.of("基站", "网络", "月份"), found.stream().map(f -> f.getFollowing()).toList());
        assertEquals(List.of(true, false, false), found.stream().map(f -> f.isTermWritten()).toList());
        assertEquals(List.of(false, false, true), found.stream().map(f -> f.isCountable()).toList());
        assertEquals(2, found.get(0).getDocumentNouns(), "月份 is counted directly: no evidence");
    }

    @Test
    void aFixedTermOfNationalDocumentsIsEvidence() {
        List<org.reportlint.facts.StrippedTerm> found = scanTerms("新建5基站，建成3城区");
        assertEquals(List.of(true, false), found.stream().map(f -> f.isOfficialTerm()).toList());
    }

    private List<org.reportlint.facts.StrippedTerm> scanTerms(String text) {
        int[] origin = new int[text.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = i;
        }
        scanner.scan(new Paragraph(0, text, origin, 1, 1));
        return scanner.finish(text);
    }

    @Test
    void countsOrdinalsAndFormulasAreNoCandidates() {
        assertEquals(List.of(), scan("5个基站，4个案例，第5位，15家工厂，1+4+N，5G基站"));
    }
}
