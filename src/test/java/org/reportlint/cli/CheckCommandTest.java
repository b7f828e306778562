package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String DOUBLED = "持续优化优化营商环境。\n";
    private static final String CLEAN = "干部群众常常深入田间地头。\n";

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void cleanFileExitsZeroAndPrintsSummary() throws IOException {
        Cli r = Cli.run("check", write("a.txt", CLEAN).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 file, "), r.out());
    }

    @Test
    void findingAtFailOnExitsOneAndNeverExitsZero() throws IOException {
        String f = write("a.txt", DOUBLED).toString();
        assertEquals(0, Cli.run("check", f).code(), "a warning does not fail the default --fail-on error");
        assertEquals(1, Cli.run("check", "--fail-on", "warning", f).code());
        assertEquals(1, Cli.run("check", "--fail-on", "info", f).code());
        assertEquals(0, Cli.run("check", "--fail-on", "never", f).code());
    }

    @Test
    void textOutputReadsLikeACompiler() throws IOException {
        Cli r = Cli.run("check", write("a.txt", DOUBLED).toString());
        String first = r.out().lines().findFirst().orElseThrow();
        assertTrue(first.matches(".*a\\.txt:1:5: warning \\[dup_phrase\\.adjacent-repeat\\] “优化”紧邻重复.*"), first);
        assertTrue(r.out().contains("    | 持续优化优化营商环境。"), r.out());
        assertTrue(r.out().contains("    |         ^^^^\n"), r.out());
    }

    @Test
    void jsonHasTheFindingShape() throws IOException {
        Cli r = Cli.run("check", "--format", "json", write("a.txt", DOUBLED).toString());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertTrue(root.has("version") && root.has("files") && root.has("summary"));
        JsonNode f = root.get("findings").get(0);
        List<String> fields = List.of("file", "line", "column", "endLine", "endColumn", "rule", "category",
                "severity", "message", "excerpt", "suggestion");
        List<String> actual = new java.util.ArrayList<>();
        f.fieldNames().forEachRemaining(actual::add);
        assertEquals(fields, actual);
        assertEquals(5, f.get("column").asInt());
        assertEquals(7, f.get("endColumn").asInt());
        assertEquals("优化", f.get("excerpt").asText());
        assertEquals("", f.get("suggestion").asText());
    }

    @Test
    void missingFileIsReportedAndOthersAreStillLinted() throws IOException {
        String good = write("a.txt", DOUBLED).toString();
        Cli r = Cli.run("check", "--format", "json", tmp.resolve("nope.txt").toString(), good);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("nope.txt: no such file"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertTrue(r.out().contains("“优化”紧邻重复"), "the readable file is still linted");
    }

    @Test
    void binaryFileGetsOneClearLine() throws IOException {
        Path bin = tmp.resolve("b.txt");
        Files.write(bin, new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2});
        Cli r = Cli.run("check", bin.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("b.txt: binary file"), r.err());
    }

    @Test
    void directoriesAreWalkedForTextFilesInOrder() throws IOException {
        write("d/z.txt", DOUBLED);
        write("d/sub/a.txt", DOUBLED);
        write("d/skip.md", DOUBLED);
        Cli r = Cli.run("check", "-q", tmp.resolve("d").toString());
        List<String> files = r.out().lines().filter(l -> l.contains(": warning")).map(l -> l.split(":")[0]).toList();
        assertEquals(2, files.size(), r.out());
        assertTrue(files.get(0).endsWith("d/sub/a.txt") && files.get(1).endsWith("d/z.txt"), files.toString());
    }

    @Test
    void stdinIsLintedUnderItsGivenName() {
        Cli r = Cli.runWithStdin(DOUBLED, "check", "-q", "--stdin-filename", "draft.txt", "-");
        assertTrue(r.out().startsWith("draft.txt:1:5: warning"), r.out());
    }

    @Test
    void outputOptionWritesTheReportToAFile() throws IOException {
        Path out = tmp.resolve("out.json");
        Cli r = Cli.run("check", "--format", "json", "--output", out.toString(), write("a.txt", DOUBLED).toString());
        assertEquals("", r.out());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("\"findings\""));
    }

    @Test
    void brokenRuleGivesFileAndLineAndExitTwo() throws IOException {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules.resolve("x"));
        Files.writeString(rules.resolve("x/broken.drl"), "package x\n\nrule \"x.broken\"\nwhen\n    $r : NoSuchFact(\nthen\nend\n",
                StandardCharsets.UTF_8);
        Cli r = Cli.run("check", "--rules", rules.toString(), write("a.txt", CLEAN).toString());
        assertEquals(2, r.code());
        assertTrue(r.err().matches("(?s).*rules/x/broken\\.drl:\\d+: .*"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.run("check", "--format", "yaml").code());
        assertEquals(2, Cli.run("check", "--no-such-option").code());
        assertEquals(2, Cli.run().code());
    }

    @Test
    void rulesCommandListsIdCategorySeverityAndDoc() {
        Cli r = Cli.run("rules");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("dup_phrase\\.adjacent-repeat\\s+dup_phrase\\s+warning\\s+\\S.*")),
                r.out());
    }

    @Test
    void versionAndHelpWork() {
        assertTrue(Cli.run("--version").out().startsWith("reportlint "));
        Cli help = Cli.run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Exit codes"), help.out());
    }
}
