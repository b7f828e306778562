package org.reportlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files changed since a git ref (committed, staged or not) plus untracked ones, in whichever repository
 * holds each path, for {@code --changed-since REF}: CI lints only what an edit touched.
 */
final class ChangedFiles {
    private final String ref;
    private final Map<Path, Set<Path>> byRepo = new HashMap<>();
    private final Map<Path, Path> repoOfDir = new HashMap<>();

    ChangedFiles(String ref) {
        this.ref = ref;
    }

    /** Whether {@code file} changed since the ref; an {@link IOException} when git cannot say. */
    boolean contains(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        Path top = repoOfDir.get(dir);
        if (top == null) {
            top = Path.of(git(dir, "rev-parse", "--show-toplevel").get(0)).toAbsolutePath().normalize();
            repoOfDir.put(dir, top);
        }
        Set<Path> changed = byRepo.get(top);
        if (changed == null) {
            changed = new HashSet<>();
            List<String> names = new ArrayList<>(git(top, "diff", "--name-only", "-z", "--diff-filter=d", ref, "--"));
            names.addAll(git(top, "ls-files", "--others", "--exclude-standard", "-z"));
            for (String n : names) {
                changed.add(top.resolve(n).toAbsolutePath().normalize());
            }
            byRepo.put(top, changed);
        }
        return changed.contains(abs) || (Files.exists(abs) && changed.contains(abs.toRealPath()));
    }

    private List<String> git(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "core.quotepath=off"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("--changed-since " + ref + ": git " + args[0] + " in " + dir + " failed"
                        + (err.isEmpty() ? "" : ": " + err.lines().findFirst().orElse("")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("--changed-since: interrupted");
        }
        String s = new String(out, StandardCharsets.UTF_8);
        boolean nul = List.of(args).contains("-z");
        List<String> parts = new ArrayList<>();
        for (String x : s.split(nul ? "\u0000" : "\n")) {
            if (!x.isBlank()) {
                parts.add(nul ? x : x.strip());
            }
        }
        if (parts.isEmpty() && args[0].equals("rev-parse")) {
            throw new IOException("--changed-since: " + dir + " is not in a git repository");
        }
        return parts;
    }
}
