package org.reportlint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reportlint.engine.Linter;
import org.reportlint.engine.RuleCompileException;
import org.reportlint.report.RuleDescription;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reportlint rules}: the loaded rules with category, default severity and one-line doc. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the loaded rules.")
final class RulesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory (default: the project's rules/).")
    Path rules;

    @CommandLine.ParentCommand
    Main parent;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Linter linter;
        try {
            linter = Linter.load(Home.rules(rules, parent.env.cwd()));
        } catch (RuleCompileException e) {
            return Main.trouble(e, err);
        }
        for (RuleDescription r : linter.catalog().rules()) {
            out.printf("%-40s %-18s %-8s %s%n", r.id(), r.category(), r.severity(), r.doc());
        }
        out.flush();
        return Main.OK;
    }
}
