package org.reportlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedSinceTest {
    private static final String DOUBLED = "持续优化优化营商环境。\n";

    @TempDir
    Path repo;

    private void git(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=t",
                "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", cmd) + "\n" + out);
    }

    private void write(String name, String text) throws IOException {
        Path p = repo.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void lintsOnlyFilesChangedSinceTheRefAndUntrackedOnes() throws Exception {
        git("init", "-q");
        write("corpus/old.txt", DOUBLED);
        write("corpus/edited.txt", "干部群众常常深入田间地头。\n");
        write("corpus/staged.txt", "干部群众常常深入田间地头。\n");
        git("add", ".");
        git("commit", "-q", "-m", "first");
        write("corpus/edited.txt", DOUBLED);
        write("corpus/staged.txt", DOUBLED);
        git("add", "corpus/staged.txt");
        write("corpus/new.txt", DOUBLED);
        write("corpus/ignored.txt", DOUBLED);
        write(".gitignore", "corpus/ignored.txt\n");
        Cli r = Cli.runIn(Environment.plain(repo), "", "check", "-q", "--changed-since", "HEAD", "corpus");
        List<String> files = r.out().lines().filter(l -> l.contains(": warning [")).map(l -> l.split(":")[0]).toList();
        assertEquals(List.of("corpus/edited.txt", "corpus/new.txt", "corpus/staged.txt"), files, r.out() + r.err());
        assertTrue(r.out().contains("3 files"), r.out());
        Cli all = Cli.runIn(Environment.plain(repo), "", "check", "-q", "corpus");
        assertTrue(all.out().contains("5 files"), all.out());
    }

    @Test
    void anUnknownRefOrNoRepositoryIsAClearError() throws Exception {
        write("a.txt", DOUBLED);
        Cli outside = Cli.runIn(Environment.plain(repo), "", "check", "--changed-since", "HEAD", "a.txt");
        assertEquals(2, outside.code());
        assertTrue(outside.err().contains("--changed-since HEAD: git rev-parse"), outside.err());
        git("init", "-q");
        Cli badRef = Cli.runIn(Environment.plain(repo), "", "check", "--changed-since", "no-such-ref", "a.txt");
        assertEquals(2, badRef.code());
        assertTrue(badRef.err().contains("--changed-since no-such-ref: git diff"), badRef.err());
    }
}
