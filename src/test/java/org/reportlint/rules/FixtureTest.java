package org.reportlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportlint.TestLinter;
import org.reportlint.input.SourceText;
import org.reportlint.report.Finding;

/** Every fixture case of every rule: findings equal the markers, both ways, and a fix does not re-fire. */
class FixtureTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.reportlint.rules.Fixtures#all")
    void findingsEqualMarkers(FixtureCase c) {
        String plain = c.plainText();
        SourceText src = SourceText.of("test.txt", plain);
        List<Finding> found = TestLinter.lint(c.ruleId(), plain);
        List<String> expected = c.marks().stream().map(m -> where(src, m.start(), m.end()) + " fix=" + m.fix())
                .sorted().toList();
        List<String> actual = found.stream().map(f -> f.line() + ":" + f.column() + "-" + f.endLine() + ":"
                + f.endColumn() + " fix=" + f.suggestion()).sorted().toList();
        if (c.positive()) {
            assertFalse(expected.isEmpty(), c + ": a positive case needs at least one ⟦marker⟧");
        } else {
            assertTrue(expected.isEmpty(), c + ": a negative case must not carry markers");
        }
        assertEquals(expected, actual, c + "\n  text: " + plain + "\n  found: " + found);
        if (c.positive() && c.marks().stream().allMatch(m -> m.fix() != null)) {
            assertEquals(List.of(), TestLinter.lint(c.ruleId(), c.fixedText()), c + ": the fix re-fires");
        }
    }

    private static String where(SourceText src, int start, int end) {
        return src.lineOf(start) + ":" + src.columnOf(start) + "-" + src.lineOf(end) + ":" + src.columnOf(end);
    }
}
