package org.reportlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportlint.TestLinter;
import org.reportlint.engine.Linter;
import org.reportlint.input.SourceText;
import org.reportlint.report.Finding;

/** An allowlist entry (LexiconEntry of lexicon "allowlist") silences the typo rules for that term. */
class AllowlistTest {
    private static final String TEXT = "运城市盐湖区、永济市、新绛县、临猗县协同发展，支持绵县做好试点，坚持稳中求近工作总基调。";

    private static List<String> typos(Linter linter) {
        return linter.lint(SourceText.of("t.txt", TEXT)).findings().stream()
                .filter(f -> f.category().equals("typo")).map(Finding::excerpt).toList();
    }

    @Test
    void allowlistedTermsAreNotFlagged(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Path data = rules.resolve("data");
        Files.createDirectories(data);
        Files.createDirectories(rules.resolve("typo"));
        try (Stream<Path> drl = Files.list(TestLinter.RULES.resolve("typo"))) {
            for (Path f : drl.toList()) {
                Files.copy(f, rules.resolve("typo").resolve(f.getFileName()));
            }
        }
        try (Stream<Path> files = Files.list(TestLinter.RULES.resolve("data"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".tsv")).toList()) {
                if (!f.getFileName().toString().equals("allowlist.tsv")) {
                    Files.copy(f, data.resolve(f.getFileName()));
                }
            }
        }
        assertEquals(List.of("绵县", "稳中求近工作总基调"), typos(Linter.load(rules)));
        write(data.resolve("allowlist.tsv"), "# source: test\n# licence: CC0-1.0\n绵县\ta test entry\n");
        assertEquals(List.of("稳中求近工作总基调"), typos(Linter.load(rules)));
    }

    private static void write(Path f, String s) throws IOException {
        Files.writeString(f, s, StandardCharsets.UTF_8);
    }
}
