package org.reportlint.report;

import java.util.List;
import org.reportlint.TestLinter;
import org.reportlint.input.SourceText;

/** Lint runs for formatter tests: real findings of the project's rules, or hand-made hostile ones. */
final class Runs {
    static final String HOSTILE = "<script>alert(\"x&y\")</script>持续优化优化营商环境。\n第二行'单引号'&amp;。\n";

    private Runs() {
    }

    static LintRun of(String name, String text) {
        FileReport r = TestLinter.get().lint(SourceText.of(name, text));
        return new LintRun("test", List.of(r), List.copyOf(TestLinter.get().catalog().rules()), 12);
    }

    /** A finding whose every text field carries markup, quotes and ampersands, next to a real one. */
    static LintRun hostile() {
        String name = "a<b>&\"c\".txt";
        FileReport real = TestLinter.get().lint(SourceText.of(name, HOSTILE));
        Finding evil = new Finding(name, 1, 1, 1, 9, "other.evil-rule", "other", "error",
                "“<script>”不该出现 & \"quoted\" 'single'", "<script>", "</textarea><img src=x onerror=alert(1)>");
        Finding point = new Finding(name, 2, 3, 2, 3, "punct.missing", "punct", "info", "缺少标点", "", "，");
        List<Finding> all = new java.util.ArrayList<>(real.findings());
        all.add(evil);
        all.add(point);
        all.sort(Finding.ORDER);
        FileReport r = new FileReport(name, real.encoding(), real.characters(), all,
                List.of(new MaskedEntry("X<中>&\"央\"", "党中央", 2, List.of("1:1", "2:1"))), real.sourceLines(), null);
        FileReport bad = FileReport.failed("missing<&>.txt", "missing<&>.txt: no such file");
        return new LintRun("t<&>\"", List.of(r, bad), List.copyOf(TestLinter.get().catalog().rules()), 5);
    }
}
