package org.reportlint.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.reportlint.engine.ConfigException;
import org.reportlint.engine.RuleCompileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code reportlint check|rules|facts …}. Exit 0 clean, 1 findings at or above --fail-on, 2 trouble. */
@Command(name = "reportlint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Proofreading and consistency checks for Chinese government work reports.",
        subcommands = {
            CheckCommand.class,
            FixCommand.class,
            RulesCommand.class,
            ExplainCommand.class,
            FactsCommand.class,
            CommandLine.HelpCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on",
                "2:usage error, unreadable input or rules that do not compile"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int TROUBLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard input for {@code check -}; replaceable in tests. */
    InputStream stdin = System.in;

    /** Working directory, environment variables, terminals; replaceable in tests. */
    Environment env = Environment.plain(Path.of(""));

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (check, rules, …)");
    }

    /**
     * Reports what kept a command from starting (rules that do not compile: {@code rules/x.drl:LINE: message};
     * a configuration, data or input problem: {@code reportlint: message}) and returns {@link #TROUBLE}.
     */
    static int trouble(Exception e, PrintWriter err) {
        if (e instanceof RuleCompileException r) {
            r.problems().forEach(err::println);
        } else if (e instanceof ConfigException c) {
            c.problems().forEach(p -> err.println("reportlint: " + p));
        } else {
            err.println("reportlint: " + e.getMessage());
        }
        return TROUBLE;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err, Environment.system()));
    }

    /** Runs the command line with the given streams (written as UTF-8); never throws, returns the exit code. */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        return run(args, in, out, err, Environment.plain(Path.of("")));
    }

    static int run(String[] args, InputStream in, OutputStream out, OutputStream err, Environment env) {
        Main main = new Main();
        main.stdin = in;
        main.env = env;
        CommandLine cl = new CommandLine(main);
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e2 = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        cl.setOut(o);
        cl.setErr(e2);
        cl.setExitCodeExceptionMapper(e -> TROUBLE);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            e2.println("reportlint: internal error: " + e);
            return TROUBLE;
        });
        int code = cl.execute(args);
        o.flush();
        e2.flush();
        return code;
    }
}
