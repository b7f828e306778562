package org.reportlint;

import java.nio.file.Path;
import java.util.List;
import org.reportlint.engine.Linter;
import org.reportlint.engine.RuleCompileException;
import org.reportlint.input.SourceText;
import org.reportlint.report.Finding;

/** The project's rules, compiled once per test JVM. */
public final class TestLinter {
    public static final Path RULES = Path.of("rules");
    private static Linter linter;

    private TestLinter() {
    }

    public static synchronized Linter get() {
        if (linter == null) {
            try {
                linter = Linter.load(RULES);
            } catch (RuleCompileException e) {
                throw new AssertionError("rules do not compile:\n" + e.getMessage());
            }
        }
        return linter;
    }

    public static List<Finding> lint(String text) {
        return get().lint(SourceText.of("test.txt", text)).findings();
    }

    /** Findings of one rule only: how a fixture isolates its rule while every rule runs. */
    public static List<Finding> lint(String ruleId, String text) {
        return lint(text).stream().filter(f -> f.rule().equals(ruleId)).toList();
    }
}
