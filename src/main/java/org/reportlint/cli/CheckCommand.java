package org.reportlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reportlint.data.DataException;
import org.reportlint.engine.Config;
import org.reportlint.engine.ConfigException;
import org.reportlint.engine.Linter;
import org.reportlint.engine.RuleCompileException;
import org.reportlint.input.SourceReader;
import org.reportlint.report.Baseline;
import org.reportlint.report.FileReport;
import org.reportlint.report.GithubFormatter;
import org.reportlint.report.Finding;
import org.reportlint.report.Formatter;
import org.reportlint.report.HtmlFormatter;
import org.reportlint.report.JsonFormatter;
import org.reportlint.report.JunitFormatter;
import org.reportlint.report.LintRun;
import org.reportlint.report.SarifFormatter;
import org.reportlint.report.Severity;
import org.reportlint.report.TextFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code reportlint check [PATH…]}: lint files, directories or standard input. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lint reports: files, directories (recursive, *.txt) or - for standard input.")
final class CheckCommand implements Callable<Integer> {
    enum FailOn { error, warning, info, never }

    enum Colour { auto, always, never }

    @Parameters(paramLabel = "PATH", description = "Files or directories; - reads standard input "
            + "(default: reports-under-test).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--stdin-filename", paramLabel = "NAME", description = "Name for the report read from -.")
    String stdinName = "<stdin>";

    @Option(names = "--format", paramLabel = "NAME[:FILE]", converter = OutputSpec.Converter.class,
            description = "Output format: text, json, sarif, junit, html, github; NAME:FILE writes that format to FILE. "
                    + "Repeat for several outputs (default: text).")
    List<OutputSpec> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the formats given without :FILE to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", description = "Exit 1 when a finding is at or above this severity: "
            + "${COMPLETION-CANDIDATES} (default: the configuration's failOn, else error).")
    FailOn failOn;

    @CommandLine.Mixin
    ConfigOptions configOptions = new ConfigOptions();

    @Option(names = "--baseline", paramLabel = "FILE", description = "Leave out findings this baseline records; "
            + "only new findings are reported and fail the run.")
    Path baseline;

    @Option(names = "--update-baseline", description = "Write every current finding to the --baseline file.")
    boolean updateBaseline;

    @Option(names = "--changed-since", paramLabel = "REF", description = "Lint only files changed since the git "
            + "ref REF (committed or not) and untracked files.")
    String changedSince;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files linted at once (default: all cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory (default: the project's rules/).")
    Path rules;

    @Option(names = "--color", paramLabel = "WHEN", description = "Colour text output: auto (on a terminal, "
            + "unless NO_COLOR is set), always, never (default: ${DEFAULT-VALUE}).")
    Colour colour = Colour.auto;

    @Option(names = {"-q", "--quiet"}, description = "Text format: no excerpts, only diagnostics and the summary.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Say how each file was decoded.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main parent;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        Outputs outputs = plan();
        Config config;
        Linter linter;
        List<InputCollector.Input> inputs;
        try {
            config = configOptions.file(parent.env);
            linter = Linter.load(rulesDir());
            linter = linter.withPolicy(configOptions.policy(config, parent.env, linter.catalog()));
            inputs = inputs();
        } catch (ConfigException | RuleCompileException | DataException | IOException e) {
            return Main.trouble(e, err);
        }
        List<FileReport> reports;
        try (Progress progress = new Progress(err, parent.env.stderrTerminal(), inputs.size())) {
            reports = LintRunner.run(linter, inputs, jobs, progress, err, verbose);
        }
        LintRun run = new LintRun(Version.get(), reports, List.copyOf(linter.catalog().rules()),
                (System.nanoTime() - t0) / 1_000_000);
        try {
            run = applyBaseline(run);
        } catch (IOException e) {
            err.println("reportlint: " + e.getMessage());
            return Main.TROUBLE;
        }
        Linter used = linter;
        outputs.write(run, t -> formatter(t, used), spec.commandLine().getOut());
        return exitCode(run, failOn != null ? failOn : config.failOn() != null ? FailOn.valueOf(config.failOn())
                : FailOn.error);
    }

    private Outputs plan() {
        if (updateBaseline && baseline == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--update-baseline needs --baseline FILE");
        }
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        try {
            return Outputs.plan(formats, output, parent.env.cwd());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private List<InputCollector.Input> inputs() throws IOException {
        List<String> targets = paths.isEmpty() ? List.of(defaultCorpus()) : paths;
        InputCollector.Include include = InputCollector.Include.ALL;
        if (changedSince != null) {
            include = new ChangedFiles(changedSince)::contains;
        }
        return new InputCollector(new SourceReader(), parent.env.cwd()).collect(targets, stdinName, parent.stdin,
                include);
    }

    private LintRun applyBaseline(LintRun run) throws IOException {
        if (baseline == null) {
            return run;
        }
        Path file = parent.env.cwd().resolve(baseline);
        if (updateBaseline) {
            Baseline.write(file, run, parent.env.cwd());
        }
        return Baseline.read(file).apply(run, parent.env.cwd());
    }

    private String defaultCorpus() {
        Path here = parent.env.cwd().resolve("reports-under-test");
        return Files.isDirectory(here) ? "reports-under-test" : Home.dir().resolve("reports-under-test").toString();
    }

    private Formatter formatter(Outputs.Target t, Linter linter) {
        return switch (t.format()) {
            case text -> new TextFormatter(quiet, colour == Colour.always
                    || (colour == Colour.auto && t.toStdout() && parent.env.colour()));
            case json -> new JsonFormatter();
            case sarif -> new SarifFormatter(RuleDocs.headers(rulesRoot(), linter.catalog().rules()),
                    parent.env.cwd());
            case junit -> new JunitFormatter();
            case html -> new HtmlFormatter();
            case github -> new GithubFormatter();
        };
    }

    private Path rulesDir() {
        return Home.rules(rules, parent.env.cwd());
    }

    /** The directory rule sources are named relative to ({@code rules/x.drl}): the rules directory's parent. */
    private Path rulesRoot() {
        Path abs = rulesDir().toAbsolutePath().normalize();
        return abs.getParent() == null ? abs : abs.getParent();
    }

    private static int exitCode(LintRun run, FailOn failOn) {
        if (run.files().stream().anyMatch(FileReport::failed)) {
            return Main.TROUBLE;
        }
        if (failOn == FailOn.never) {
            return Main.OK;
        }
        Severity threshold = Severity.parse(failOn.name());
        for (Finding f : run.findings()) {
            if (f.severityLevel().atLeast(threshold)) {
                return Main.FINDINGS;
            }
        }
        return Main.OK;
    }
}
