package org.reportlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.reportlint.report.Formatter;
import org.reportlint.report.LintRun;

/** Where each requested format goes: its own file, the {@code --output} file, or standard output (one at most). */
final class Outputs {
    /** One format and its destination; {@code file} null means standard output. */
    record Target(OutputSpec.Format format, Path file) {
        boolean toStdout() {
            return file == null;
        }
    }

    private final List<Target> targets;

    private Outputs(List<Target> targets) {
        this.targets = targets;
    }

    /**
     * @param specs  the {@code --format} values (none means text)
     * @param output the {@code --output} file for formats given without one, or null
     * @throws IllegalArgumentException when two formats would write to the same place
     */
    static Outputs plan(List<OutputSpec> specs, Path output, Path cwd) {
        List<OutputSpec> given = specs.isEmpty() ? List.of(new OutputSpec(OutputSpec.Format.text, null)) : specs;
        List<Target> targets = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        String stdout = null;
        for (OutputSpec s : given) {
            Path file = s.file() != null ? s.file() : output;
            if (file == null) {
                if (stdout != null) {
                    throw new IllegalArgumentException("--format " + stdout + " and --format " + s.format()
                            + " would both write to standard output; give one a file, e.g. --format "
                            + s.format() + ":report." + s.format());
                }
                stdout = s.format().name();
            } else if (!seen.add(cwd.resolve(file).toAbsolutePath().normalize())) {
                throw new IllegalArgumentException("two formats would write to " + file
                        + "; give each its own file (--format NAME:FILE)");
            }
            targets.add(new Target(s.format(), file == null ? null : cwd.resolve(file)));
        }
        return new Outputs(targets);
    }

    List<Target> targets() {
        return targets;
    }

    void write(LintRun run, Function<Target, Formatter> formatters, PrintWriter stdout) throws IOException {
        for (Target t : targets) {
            Formatter f = formatters.apply(t);
            if (t.toStdout()) {
                f.write(run, stdout);
                stdout.flush();
            } else {
                Path parent = t.file().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try (Writer w = Files.newBufferedWriter(t.file(), StandardCharsets.UTF_8)) {
                    f.write(run, w);
                }
            }
        }
    }
}
