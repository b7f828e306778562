package org.reportlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reportlint.TestLinter;
import org.reportlint.data.Lexicon;
import org.reportlint.engine.RuleCatalog;
import org.reportlint.engine.RuleLoader;
import org.reportlint.report.Category;
import org.reportlint.report.RuleDescription;
import org.reportlint.report.Severity;

/** The conventions every rule follows (after Checkstyle's AllChecksTest and PMD's rule-set tests). */
class RuleCatalogTest {
    private static final Pattern RULE_NAME = Pattern.compile("^rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CJK3 = Pattern.compile("\\p{IsHan}{3,}");

    private final RuleCatalog catalog = TestLinter.get().catalog();

    @Test
    void everyRuleHasCompleteMetadata() {
        assertFalse(catalog.rules().isEmpty(), "no rules loaded");
        for (RuleDescription r : catalog.rules()) {
            assertTrue(Category.labels().contains(r.category()), r.id() + ": bad @category " + r.category());
            Severity.parse(r.severity());
            assertTrue(r.doc() != null && !r.doc().isBlank(), r.id() + ": missing @doc");
            assertTrue(r.message() != null && !r.message().isBlank(), r.id() + ": missing @message");
            assertFalse(r.message().endsWith("。"), r.id() + ": a message has no final 。");
        }
    }

    @Test
    void ruleIdEqualsPathAndVariantsStayInTheirFile() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (Path f : RuleLoader.drlFiles(TestLinter.RULES)) {
            Path rel = TestLinter.RULES.relativize(f);
            String id = rel.getParent() + "." + rel.getFileName().toString().replaceFirst("\\.drl$", "");
            Matcher m = RULE_NAME.matcher(Files.readString(f, StandardCharsets.UTF_8));
            boolean main = false;
            while (m.find()) {
                String name = m.group(1);
                assertEquals(id, RuleCatalog.idOf(name), f + ": rule \"" + name + "\" must be " + id + "[:variant]");
                assertTrue(seen.add(name), "duplicate rule name " + name);
                main |= name.equals(id);
            }
            assertTrue(main, f + ": no rule named \"" + id + "\"");
        }
    }

    @Test
    void drlHasHeaderAndNoWordsInLiterals() throws IOException {
        for (Path f : RuleLoader.drlFiles(TestLinter.RULES)) {
            String drl = Files.readString(f, StandardCharsets.UTF_8);
            for (String part : List.of("// Catches:", "// Not flagged:", "// Reference:")) {
                assertTrue(drl.contains(part), f + ": header lacks " + part);
            }
            for (String line : drl.split("\n")) {
                String code = line.strip();
                if (code.startsWith("@") || code.startsWith("//")) {
                    continue; // metadata carries the Chinese messages; comments are prose
                }
                Matcher s = STRING.matcher(code);
                while (s.find()) {
                    assertFalse(CJK3.matcher(s.group(1)).find(),
                            f + ": Chinese word in a literal (words belong in rules/data): " + code);
                }
            }
        }
    }

    @Test
    void everyRuleHasPositiveAndNegativeFixturesAndNoFixtureIsOrphaned() {
        Set<String> ids = new TreeSet<>();
        catalog.rules().forEach(r -> ids.add(r.id()));
        Set<String> dirs = new TreeSet<>();
        Fixtures.ruleDirs().forEach(d -> dirs.add(d.getFileName().toString()));
        assertEquals(ids, dirs, "fixture directories must match the rule ids one to one");
        for (Path d : Fixtures.ruleDirs()) {
            assertFalse(Fixtures.read(d, true).isEmpty(), d + ": no positive case");
            assertFalse(Fixtures.read(d, false).isEmpty(), d + ": no negative case");
        }
    }

    @Test
    void somePositiveCaseOfEachRuleIsNotCopiedFromTheCorpus() throws IOException {
        List<String> corpus = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("reports-under-test"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                corpus.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        for (Path d : Fixtures.ruleDirs()) {
            boolean invented = Fixtures.read(d, true).stream()
                    .anyMatch(c -> corpus.stream().noneMatch(text -> text.contains(c.plainText().strip())));
            assertTrue(invented, d + ": every positive case is copied from reports-under-test; add one of your own");
        }
    }

    @Test
    void everyDataFileNamesItsSourceAndLicence() {
        for (Lexicon lex : TestLinter.get().data().lexicons().values()) {
            assertNotNull(lex.header("source"), "rules/data/" + lex.name() + ".tsv: no '# source:' header");
            assertNotNull(lex.header("licence"), "rules/data/" + lex.name() + ".tsv: no '# licence:' header");
            assertFalse(lex.entries().isEmpty(), "rules/data/" + lex.name() + ".tsv: no entries");
        }
    }
}
