package org.reportlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportlint.TestLinter;
import org.reportlint.facts.Line;
import org.reportlint.facts.Noise;
import org.reportlint.facts.Span;

class NoiseScannerTest {
    private final NoiseScanner scanner = new NoiseScanner(TestLinter.get().data().lexicon(NoiseScanner.LEXICON));

    private List<String> scan(String text) {
        return scanner.scan(new Line(1, new Span(0, text.length(), text))).stream()
                .map(n -> n.getKind() + ":" + n.getText()).toList();
    }

    @Test
    void watermarkTakesTheResidueGluedToIt() {
        assertEquals(List.of("watermark:更多资料+【公众号:某某】"), scan("新突破。更多资料+【公众号:某某】"));
        assertEquals(List.of("watermark:更多资料ab:cd整理"), scan("20个,更多资料ab:cd整理,开工"));
    }

    @Test
    void runningHeadersCarryTheirSpacingAndWhetherTheyAreAWord() {
        String text = "某市公报\n全市经济运行稳中向好。\n答题\n鼓励跨区域\n答题\n某市公报";
        List<Line> lines = new java.util.ArrayList<>();
        int at = 0;
        int n = 1;
        for (String l : text.split("\n")) {
            lines.add(new Line(n++, new Span(at, at + l.length(), l)));
            at += l.length() + 1;
        }
        List<String> found = NoiseScanner.runningHeaders(lines, TestLinter.get().data().words()).stream()
                .map(h -> h.getText() + h.getRepeats() + "/" + h.getMinGap() + (h.isWord() ? "w" : "")).toList();
        assertEquals(List.of("某市公报2/25", "某市公报2/25", "答题2/7w", "答题2/7w"), found);
    }

    @Test
    void furnitureLinesAreWholeLines() {
        assertEquals(List.of("newspaper:(上接05版)"), scan("(上接05版)"));
        assertEquals(List.of("page:- 12 -"), scan("  - 12 -  "));
        assertEquals(List.of("page:第3页 共20页"), scan("第3页 共20页"));
    }

    @Test
    void prosePassesUntouched() {
        assertTrue(scan("做好文物整理，严格执行校对制度，第3页的表格").isEmpty());
        assertTrue(scan("建设政务微信公众号矩阵，开通QQ群服务").isEmpty());
        assertEquals(List.of("watermark:公众号:abc"), scan("关注我们。公众号:abc"));
        assertEquals(List.of("watermark:更多资料请关注【公众号：某某资料库】"), scan("更多资料请关注【公众号：某某资料库】"));
        assertEquals(List.of("watermark:【微信号：abc123】"), scan("加强监管。【微信号：abc123】"));
        assertFalse(scan("责任编辑 张三").isEmpty());
    }
}
