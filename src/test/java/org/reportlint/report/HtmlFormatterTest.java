package org.reportlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlFormatterTest {
    private static String html(LintRun run) throws IOException {
        StringBuilder b = new StringBuilder();
        new HtmlFormatter().write(run, b);
        return b.toString();
    }

    @Test
    void everyPieceOfReportTextIsEscaped() throws IOException {
        String page = html(Runs.hostile());
        assertEquals(1, count(page, "<script"), "only the page's own script element");
        assertEquals(1, count(page, "</script>"));
        assertFalse(page.contains("<img"), page);
        assertFalse(page.contains("</textarea>"));
        assertFalse(page.contains("a<b>"));
        assertTrue(page.contains(">&lt;script&gt;</mark>alert(&quot;x&amp;y&quot;)&lt;/script&gt;"), "source text");
        assertTrue(page.contains("&#39;单引号&#39;"), "quotes in the text stay text");
        assertTrue(page.contains(">&amp;amp;</mark>"), "an entity in the text stays text (marked as markup residue)");
        assertTrue(page.contains("a&lt;b&gt;&amp;&quot;c&quot;.txt"), "file name");
        assertTrue(page.contains("X&lt;中&gt;&amp;&quot;央&quot;"), "masked catalogue");
        assertTrue(page.contains("<title>reportlint: "));
        // no attribute value may contain a raw quote or angle bracket: every quoted value is well-formed
        Matcher m = Pattern.compile(" [a-z-]+=\"([^\"]*)\"").matcher(page.substring(0, page.indexOf("<script>")));
        while (m.find()) {
            assertFalse(m.group(1).contains("<") || m.group(1).contains(">"), m.group());
        }
    }

    @Test
    void findingsAreMarkedInPlaceWithTheirMessage() throws IOException {
        String page = html(Runs.of("a.txt", "持续优化优化营商环境。\n"));
        assertTrue(page.contains("持续优化<mark class=\"m sev-warning\" tabindex=\"0\" data-f=\"f0-x0\" "
                + "title=\"warning [dup_phrase.adjacent-repeat] “优化”紧邻重复，疑为多打一遍 → 删除\">优化</mark>营商环境"),
                page);
        assertTrue(page.contains("id=\"f0-x0\" data-sev=\"warning\" data-cat=\"dup_phrase\""));
        assertTrue(page.contains("value=\"sev:warning\""), "severity filter");
        assertTrue(page.contains("value=\"cat:dup_phrase\""), "category filter");
    }

    @Test
    void overlappingAndEmptySpansBecomeSegments() throws IOException {
        Finding a = new Finding("t", 1, 2, 1, 5, "x.a", "other", "info", "a", "bcd", null);
        Finding b = new Finding("t", 1, 4, 1, 6, "x.b", "other", "error", "b", "de", null);
        Finding c = new Finding("t", 1, 1, 1, 1, "x.c", "punct", "warning", "c", "", "，");
        StringBuilder out = new StringBuilder();
        HtmlFormatter.lineHtml("abcdef", 1, List.of(c, a, b), "f0", out);
        String s = out.toString().replaceAll(" tabindex=\"0\"| title=\"[^\"]*\"", "");
        assertEquals("<mark class=\"m sev-warning pt\" data-f=\"f0-x0\"></mark>a"
                + "<mark class=\"m sev-info\" data-f=\"f0-x1\">bc</mark>"
                + "<mark class=\"m sev-error\" data-f=\"f0-x1 f0-x2\">d</mark>"
                + "<mark class=\"m sev-error\" data-f=\"f0-x2\">e</mark>f", s);
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
