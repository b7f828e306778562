package org.reportlint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.engine.Linter;
import org.reportlint.input.SourceText;
import org.reportlint.report.Finding;

/**
 * The structure facts read as DRL: the patterns docs/facts.md promises (skipped heading numbers, a lead-in
 * count against subsections, joins, clauses, reports) compile and match. Rules written here only for the test;
 * the temporary rules directory has no data, so no dictionary word is found at a join.
 */
class StructureFactsInDrlTest {
    private static final String DRL = """
            package rules.numbering
            import org.reportlint.facts.*
            global org.reportlint.engine.Findings findings

            rule "numbering.skip"
                @category("numbering") @severity("warning") @doc("d") @message("{0}")
            when
                $h : Heading( previous != null, ordinal != previous.ordinal + 1 )
            then
                findings.report(drools, $h.getMarkerSpan(), null, $h.getMarker());
            end

            rule "numbering.skip:children"
            when
                $s : Section( childCount > 0, $p : heading )
                $last : Heading( parent == $p, siblingIndex == $s.childCount - 1 )
                Report( truncated == false, this == $p.report )
            then
                findings.report(drools, $last.getTitleSpan(), null, $s.getChildCount());
            end

            rule "numbering.skip:join"
            when
                $j : LineBreakJoin( midWord, blankLines == 1, word == null )
            then
                findings.report(drools, $j.getSpan(), null, $j.getBefore() + $j.getAfter());
            end

            rule "numbering.skip:clause"
            when
                $c : Clause( delimiter == "、", index == 0 )
                $p : Paragraph( kind == "prose", this == $c.paragraph, report.city != null )
            then
                findings.report(drools, $c.getSpan(), null, $c.getText());
            end
            """;
    private static Linter linter;

    @BeforeAll
    static void compile(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("numbering"));
        Files.writeString(rules.resolve("numbering/skip.drl"), DRL, StandardCharsets.UTF_8);
        linter = Linter.load(rules);
    }

    /** The messages of the findings: each rule's message is its first argument. */
    private static List<String> messages(String text) {
        return linter.lint(SourceText.of("t.txt", text)).findings().stream().map(Finding::message).toList();
    }

    @Test
    void skippedHeadingNumberAndLastSubsection() {
        assertEquals(List.of("2", "四、"), messages("2024年甲市政府工作报告\n各位代表：\n一、回顾\n正文。\n二、安排\n"
                + "重点抓好以下两个方面的工作。\n（一）项目\n抓项目。\n（二）改革\n深化改革。\n四、建设\n正文。\n"));
    }

    @Test
    void joinsAndClauses() {
        assertEquals(List.of("提高医院实力", "中心"), messages("2024年甲市政府工作报告\n"
                + "提高医院实力、发挥专科优势，高水平建设省级区域医疗中\n\n心。"));
    }
}
