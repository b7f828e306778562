package org.reportlint.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportlint.data.DataException;
import org.reportlint.engine.ConfigException;
import org.reportlint.engine.Linter;
import org.reportlint.engine.RuleCompileException;
import org.reportlint.input.SourceReader;
import org.reportlint.report.FileReport;
import org.reportlint.report.Finding;
import org.reportlint.report.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reportlint fix PATH…}: applies the suggestions of findings. By default it only prints the changes as
 * a unified diff; {@code --in-place} rewrites the files (same encoding, byte-order mark and line endings).
 */
@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Apply the suggested fixes: print them as a unified diff, or rewrite the files with "
                + "--in-place; - reads standard input and writes the fixed text to standard output.")
final class FixCommand implements Callable<Integer> {
    enum Level { error, warning, info }

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories (recursive, *.txt); "
            + "- reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-i", "--in-place"}, description = "Rewrite the files instead of printing a diff.")
    boolean inPlace;

    @Option(names = "--severity", description = "Apply the fixes of findings at or above this severity: "
            + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Level severity = Level.error;

    @Option(names = "--restore-masked", description = "Also replace masked tokens by their likely originals "
            + "(a guess from context: left to the editor unless asked).")
    boolean restoreMasked;

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "Name for the report read from -.")
    String stdinName = "<stdin>";

    @CommandLine.Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory (default: the project's rules/).")
    Path rules;

    @Option(names = {"-q", "--quiet"}, description = "No summary on standard error.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main parent;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Linter linter;
        List<InputCollector.Input> inputs;
        try {
            linter = Linter.load(Home.rules(rules, parent.env.cwd()));
            linter = linter.withPolicy(configOptions.policy(configOptions.file(parent.env), parent.env,
                    linter.catalog()));
            inputs = new InputCollector(new SourceReader(), parent.env.cwd()).collect(paths, stdinName,
                    parent.stdin, InputCollector.Include.ALL);
        } catch (ConfigException | RuleCompileException | DataException | IOException e) {
            return Main.trouble(e, err);
        }
        int status = Main.OK;
        int applied = 0;
        int left = 0;
        int files = 0;
        List<FileReport> reports = LintRunner.run(linter, inputs, Runtime.getRuntime().availableProcessors(),
                Progress.off(), err, false); // prints why a file could not be read or linted
        for (int k = 0; k < inputs.size(); k++) {
            InputCollector.Input in = inputs.get(k);
            FileReport report = reports.get(k);
            if (report.failed()) {
                status = Main.TROUBLE;
                continue;
            }
            Fixer.Result r = Fixer.apply(in.source(), report.findings().stream().filter(this::wanted).toList());
            applied += r.applied().size();
            left += r.overlapping().size();
            files += r.changed() ? 1 : 0;
            try {
                emit(in, r, out);
            } catch (IOException e) {
                err.println("reportlint: " + in.name() + ": cannot write (" + e.getMessage() + ")");
                status = Main.TROUBLE;
            }
        }
        out.flush();
        if (!quiet) {
            String verb = inPlace || inputs.stream().allMatch(in -> in.path() == null) ? "applied"
                    : "shown, nothing written (--in-place applies them)";
            err.println(plural(applied, "fix", "fixes") + " in " + plural(files, "file", "files") + " " + verb
                    + (left == 0 ? "" : "; " + plural(left, "fix", "fixes") + " overlapping another left for the editor"));
        }
        return status;
    }

    /** Lines split at LF only, so a CRLF file's diff keeps its CRs and applies with {@code git apply}. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private boolean wanted(Finding f) {
        return f.severityLevel().atLeast(Severity.parse(severity.name()))
                && (restoreMasked || !"masked".equals(f.category()));
    }

    private void emit(InputCollector.Input in, Fixer.Result r, PrintWriter out) throws IOException {
        if (in.path() == null) { // standard input: the fixed text, whatever the mode
            out.print(r.text());
        } else if (inPlace) {
            if (r.changed()) {
                Encodings.write(in.path(), r.text(), in.source().encoding());
            }
        } else if (r.changed()) {
            List<String> before = lines(in.source().text());
            List<String> after = lines(r.text());
            String name = in.name().startsWith("/") ? in.name().substring(1) : in.name();
            UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, before,
                    DiffUtils.diff(before, after), 3).forEach(out::println);
        }
    }
}
