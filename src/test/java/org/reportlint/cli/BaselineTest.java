package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    private static final String DOUBLED = "持续优化优化营商环境。\n";

    @TempDir
    Path tmp;

    private void write(String name, String text) throws IOException {
        Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Cli check(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "check";
        all[1] = "--fail-on";
        all[2] = "warning";
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.runIn(Environment.plain(tmp), "", all);
    }

    @Test
    void baselinedFindingSurvivesAnEditAboveItAndOnlyNewFindingsFail() throws IOException {
        write("a.txt", "一、总体要求。\n" + DOUBLED);
        Cli first = check("--baseline", "ci/baseline.json", "--update-baseline", "a.txt");
        assertEquals(0, first.code(), first.out() + first.err());
        assertTrue(first.out().contains("1 baselined"), first.out());
        String saved = Files.readString(tmp.resolve("ci/baseline.json"));
        assertTrue(saved.contains("\"file\" : \"../a.txt\"") && saved.contains("\"line\" : 2"), saved);

        write("a.txt", "前言。\n\n新增的一段，把下面的内容往下推了三行。\n一、总体要求。\n" + DOUBLED);
        Cli shifted = check("--baseline", "ci/baseline.json", "a.txt");
        assertEquals(0, shifted.code(), shifted.out());
        assertFalse(shifted.out().contains("dup_phrase"), shifted.out());
        assertTrue(shifted.out().contains("1 baselined"), shifted.out());

        write("a.txt", "前言。\n一、总体要求。\n" + DOUBLED + "加快建设建设现代化产业体系。\n");
        Cli added = check("--baseline", "ci/baseline.json", "a.txt");
        assertEquals(1, added.code());
        assertTrue(added.out().contains("a.txt:4:5: warning"), added.out());
        assertFalse(added.out().contains("“优化”"), added.out());
    }

    @Test
    void aSecondCopyOfABaselinedDefectIsNew() throws IOException {
        write("a.txt", DOUBLED);
        check("--baseline", "b.json", "--update-baseline", "a.txt");
        write("a.txt", DOUBLED + DOUBLED);
        Cli r = check("-q", "--baseline", "b.json", "a.txt");
        assertEquals(1, r.code());
        assertEquals(1, r.out().lines().filter(l -> l.contains(": warning [")).count(), r.out());
    }

    @Test
    void runFromAnotherDirectoryStillMatches() throws IOException {
        Files.createDirectories(tmp.resolve("corpus"));
        write("corpus/a.txt", DOUBLED);
        check("--baseline", "b.json", "--update-baseline", "corpus");
        Cli r = Cli.runIn(Environment.plain(tmp.resolve("corpus")), "", "check", "--fail-on", "warning",
                "--baseline", "../b.json", "a.txt");
        assertEquals(0, r.code(), r.out());
    }

    @Test
    void missingOrBrokenBaselineIsAClearError() throws IOException {
        write("a.txt", DOUBLED);
        Cli missing = check("--baseline", "none.json", "a.txt");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("none.json: baseline not found (create it with --update-baseline)"),
                missing.err());
        write("bad.json", "{\"version\": 9}");
        assertTrue(check("--baseline", "bad.json", "a.txt").err().contains("not a reportlint baseline"));
        assertEquals(2, check("--update-baseline", "a.txt").code(), "--update-baseline needs --baseline");
    }
}
