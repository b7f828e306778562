package org.reportlint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.reportlint.engine.Linter;
import org.reportlint.engine.RuleCompileException;
import org.reportlint.report.Category;
import org.reportlint.report.RuleDescription;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code reportlint explain RULE}: a rule's doc, message, severity and category, its DRL header comment
 * (Catches / Not flagged / Reference) and its fixture cases; {@code explain CATEGORY} lists a category's rules.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule (or list the rules of a category) with its examples.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "RULE", description = "A rule id (dup_phrase.adjacent-repeat) or a category.")
    String id;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory (default: the project's rules/).")
    Path rules;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main parent;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = Home.rules(rules, parent.env.cwd());
        Linter linter;
        try {
            linter = Linter.load(dir);
        } catch (RuleCompileException e) {
            return Main.trouble(e, err);
        }
        Path root = dir.toAbsolutePath().normalize().getParent();
        RuleDescription r = linter.catalog().rule(id);
        if (r == null && Category.labels().contains(id)) {
            linter.catalog().rules().stream().filter(x -> id.equals(x.category()))
                    .forEach(x -> out.printf("%-40s %-8s %s%n", x.id(), x.severity(), x.doc()));
            out.flush();
            return Main.OK;
        }
        if (r == null) {
            err.println("reportlint: unknown rule '" + id + "'" + closest(linter) + "; reportlint rules lists them");
            return Main.TROUBLE;
        }
        explain(r, root, out);
        out.flush();
        return Main.OK;
    }

    private String closest(Linter linter) {
        LevenshteinDistance d = LevenshteinDistance.getDefaultInstance();
        return linter.catalog().rules().stream().map(RuleDescription::id)
                .min((a, b) -> Integer.compare(d.apply(id, a), d.apply(id, b)))
                .filter(best -> d.apply(id, best) <= Math.max(2, id.length() / 3))
                .map(best -> " (did you mean " + best + "?)").orElse("");
    }

    static void explain(RuleDescription r, Path root, PrintWriter out) {
        out.println(r.id() + "  (" + r.category() + ", " + r.severity() + ")");
        out.println(r.doc() == null ? "" : r.doc());
        out.println();
        out.println("message:  " + r.message());
        if (r.source() != null) {
            out.println("source:   " + r.source());
        }
        String header = root == null ? "" : RuleDocs.header(root, r);
        if (!header.isEmpty()) {
            out.println();
            header.lines().forEach(out::println);
        }
        for (boolean positive : new boolean[] {true, false}) {
            Path f = root == null ? null : RuleDocs.fixture(root, r.id(), positive);
            if (f != null) {
                out.println();
                out.println((positive ? "Flagged" : "Not flagged") + " (" + root.relativize(f).toString()
                        .replace('\\', '/') + (positive ? "; ⟦text→fix⟧ marks a finding, ⟦text→⟧ a deletion" : "")
                        + "):");
                cases(f).forEach(c -> out.println("  " + c.replace("\n", "\n  ")));
            }
        }
    }

    /** Fixture cases as printed: {@code # why} lines first, {@code \#} unescaped, blank lines between cases. */
    static List<String> cases(Path fixture) {
        List<String> lines;
        try {
            lines = Files.readAllLines(fixture, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of("(cannot read " + fixture + ": " + e.getMessage() + ")");
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : lines) {
            if (line.equals("---")) {
                if (cur.length() > 0) {
                    out.add(cur.toString().stripTrailing() + "\n");
                }
                cur.setLength(0);
            } else {
                cur.append(line.startsWith("\\#") ? line.substring(1) : line).append('\n');
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().stripTrailing());
        }
        return out;
    }
}
