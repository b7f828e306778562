package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.facts.Line;
import org.reportlint.facts.Span;

class MarkupScannerTest {
    private static List<String> scan(String text) {
        return MarkupScanner.scan(new Line(1, new Span(0, text.length(), text))).stream()
                .map(m -> m.getLanguage() + ":" + m.getText() + "→" + m.getPlain()).toList();
    }

    @Test
    void markdownBoldKeepsItsText() {
        assertEquals(List.of("Markdown:**底线。**→底线。"), scan("守牢**底线。**"));
    }

    @Test
    void markdownTablesQuotesAndLinks() {
        assertEquals(List.of("Markdown:|---|:---:|→"), scan("|---|:---:|"));
        assertEquals(List.of("Markdown:> →"), scan("> 一年来"));
        assertEquals(List.of("Markdown:[通知](https://a.cn/x)→通知"), scan("见[通知](https://a.cn/x)"));
    }

    @Test
    void latexScriptsBecomePlainText() {
        assertEquals(List.of("LaTeX:_{2.5}→2.5", "LaTeX:^{2}→²"), scan("PM_{2.5}，米^{2}"));
    }

    @Test
    void htmlTagsAreDeleted() {
        assertEquals(List.of("HTML:<br/>→"), scan("就业<br/>稳定"));
    }

    @Test
    void ordinaryStarsAndDashesAreText() {
        assertEquals(List.of(), scan("- 推进治理，目标*，第#3号，2×100"));
    }
}
