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
