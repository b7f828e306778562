package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    private static final String DOUBLED = "持续优化优化营商环境。\n";
    private static final String RULE = "dup_phrase.adjacent-repeat";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Cli check(Path cwd, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.runIn(Environment.plain(cwd), "", all);
    }

    @Test
    void yamlInTheWorkingDirectorySetsRuleLevels() throws IOException {
        write("a.txt", DOUBLED);
        write("reportlint.yaml", "rules:\n  " + RULE + ": error\n");
        Cli r = check(tmp, "a.txt");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("a.txt:1:5: error [" + RULE + "]"), r.out());
        write("reportlint.yaml", "categories:\n  dup_phrase: off\n");
        assertFalse(check(tmp, "a.txt").out().contains(RULE));
    }

    @Test
    void jsonIsFoundFromASubdirectoryUpward() throws IOException {
        write("reportlint.json", "{\"rules\": {\"" + RULE + "\": \"off\"}}");
        write("sub/deeper/a.txt", DOUBLED);
        Cli r = check(tmp.resolve("sub/deeper"), "a.txt");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains(RULE), r.out());
        assertTrue(check(tmp.resolve("sub/deeper"), "--no-config", "a.txt").out().contains(RULE));
    }

    @Test
    void unknownKeysIdsLevelsAndCategoriesAreClearErrors() throws IOException {
        write("a.txt", DOUBLED);
        write("reportlint.yaml", "rule:\n  x: off\ncategories:\n  dup_phrases: off\n  typo: loud\n");
        Cli r = check(tmp, "a.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("reportlint.yaml: rule: unknown key (did you mean rules?)"), r.err());
        assertTrue(r.err().contains("categories.dup_phrases: unknown category (did you mean dup_phrase?)"), r.err());
        assertTrue(r.err().contains("categories.typo: unknown value 'loud' (expected off, on, error, warning, info)"),
                r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        write("reportlint.yaml", "rules:\n  dup_phrase.adjacent-repeats: off\n");
        Cli ids = check(tmp, "a.txt");
        assertEquals(2, ids.code());
        assertTrue(ids.err().contains("rules.dup_phrase.adjacent-repeats: unknown rule id "
                + "'dup_phrase.adjacent-repeats' (did you mean " + RULE + "?)"), ids.err());
    }

    @Test
    void brokenSyntaxAndMissingFilesAreErrorsWithALine() throws IOException {
        write("a.txt", DOUBLED);
        write("reportlint.yaml", "rules:\n  a: [\n");
        Cli r = check(tmp, "a.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().matches("(?s).*reportlint\\.yaml:\\d+: not valid YAML: .*"), r.err());
        Cli missing = check(tmp, "--config", "nope.json", "a.txt");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.json: configuration file not found"), missing.err());
        write("reportlint.json", "{}");
        assertTrue(check(tmp, "a.txt").err().contains("several configuration files"));
    }

    @Test
    void commandLineBeatsTheFileAndARuleBeatsItsCategory() throws IOException {
        write("a.txt", DOUBLED);
        write("reportlint.yaml", "rules:\n  " + RULE + ": off\nfailOn: warning\n");
        Cli on = check(tmp, "--rule", RULE + "=on", "a.txt");
        assertEquals(1, on.code(), "failOn: warning from the file");
        assertTrue(on.out().contains("warning [" + RULE + "]"), on.out());
        Cli info = check(tmp, "--category", "dup_phrase=info", "a.txt");
        assertTrue(info.out().contains("info [" + RULE + "]"), "a rule beats its category within a layer only: "
                + "the command line's category beats the file's rule" + info.out());
        assertEquals(0, check(tmp, "--rule", RULE + "=on", "--fail-on", "never", "a.txt").code());
        Cli bad = check(tmp, "--rule", "nope.rule=off", "a.txt");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--rule nope.rule: unknown rule id"), bad.err());
        assertEquals(2, check(tmp, "--category", "dup_phrase=loud", "a.txt").code());
    }

    @Test
    void overridesApplyToMatchingPathsOnly() throws IOException {
        write("drafts/a.txt", DOUBLED);
        write("final/a.txt", DOUBLED);
        write("reportlint.yaml", "overrides:\n  - files: [\"drafts/**\"]\n    rules:\n      " + RULE + ": off\n");
        Cli r = check(tmp.resolve("final"), "-q", "../drafts/a.txt", "a.txt");
        assertEquals(1, r.out().lines().filter(l -> l.contains(RULE)).count(), r.out());
        assertTrue(r.out().startsWith("a.txt:1:5"), r.out());
    }

    @Test
    void suppressionsDropOneRuleAtOneExcerpt() throws IOException {
        write("a.txt", DOUBLED + "加快建设建设现代化产业体系。\n");
        write("reportlint.json", "{\"suppress\": [{\"rule\": \"" + RULE + "\", \"files\": \"*.txt\", "
                + "\"excerpt\": \"建设\", \"reason\": \"checked\"}]}");
        Cli r = check(tmp, "-q", "a.txt");
        assertTrue(r.out().contains("“优化”"), r.out());
        assertFalse(r.out().contains("“建设”"), r.out());
    }

    @Test
    void allowlistedTermsReachTheRulesAsLexiconEntries() throws IOException {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules.resolve("dup_phrase"));
        Files.writeString(rules.resolve("dup_phrase/probe.drl"), String.join("\n",
                "package rules.dup_phrase", "import org.reportlint.facts.*",
                "global org.reportlint.engine.Findings findings",
                "rule \"dup_phrase.probe\"", "    @category(\"dup_phrase\") @severity(\"warning\")",
                "    @doc(\"probe\") @message(\"{0}\")", "when", "    $r : Repeat()",
                "    not LexiconEntry( lexicon == \"allowlist\", text == $r.unit )", "then",
                "    findings.report(drools, $r.getSecond(), \"\", $r.getUnit());", "end", ""),
                StandardCharsets.UTF_8);
        write("a.txt", DOUBLED + "加快建设建设现代化产业体系。\n");
        write("reportlint.yaml", "allow:\n  terms: [优化]\n  places: [建设]\n");
        Cli r = check(tmp, "-q", "--rules", rules.toString(), "--fail-on", "never", "a.txt");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("dup_phrase.probe"), r.out());
        Cli none = check(tmp, "-q", "--rules", rules.toString(), "--no-config", "a.txt");
        assertEquals(2, none.out().lines().filter(l -> l.contains("dup_phrase.probe")).count(), none.out());
    }

    @Test
    void environmentIsOnlyWhatTheTestGives() {
        assertEquals(Map.of(), Environment.plain(tmp).vars());
    }
}
