package org.reportlint;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.reportlint.input.SourceReader;
import org.reportlint.report.ExpectedFormatter;
import org.reportlint.report.FileReport;

/**
 * Lints every report in {@code reports-under-test/} and compares with its checked-in {@code .expected.tsv}.
 * Re-bless after a reviewed change with {@code mvn -q test -Dtest=CorpusTest -Dreportlint.bless=true}.
 */
class CorpusTest {
    static final Path CORPUS = Path.of("reports-under-test");

    @TestFactory
    Stream<DynamicTest> findingsMatchExpected() throws IOException {
        List<Path> reports;
        try (Stream<Path> s = Files.list(CORPUS)) {
            reports = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (reports.isEmpty()) {
            fail("no reports under " + CORPUS);
        }
        return reports.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path report) throws Exception {
        String name = CORPUS.getFileName() + "/" + report.getFileName();
        FileReport r = TestLinter.get().lint(new SourceReader().read(report, name));
        List<String> actual = ExpectedFormatter.lines(r);
        Path expectedFile = ExpectedFormatter.expectedPath(report);
        if (Boolean.getBoolean("reportlint.bless")) {
            Files.write(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail(expectedFile + " missing; bless with -Dreportlint.bless=true after reviewing the findings");
        }
        List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("findings of " + name + " changed (review, then re-bless with -Dreportlint.bless=true):\n"
                    + diff(expected, actual));
        }
    }

    static String diff(List<String> expected, List<String> actual) {
        Set<String> exp = new LinkedHashSet<>(expected);
        Set<String> act = new LinkedHashSet<>(actual);
        List<String> out = new ArrayList<>();
        expected.stream().filter(l -> !act.contains(l)).forEach(l -> out.add("- " + l));
        actual.stream().filter(l -> !exp.contains(l)).forEach(l -> out.add("+ " + l));
        if (out.isEmpty()) {
            out.add("(same lines, different order or multiplicity)");
        }
        return String.join("\n", out);
    }
}
