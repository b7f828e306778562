package org.reportlint.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command line in-process and captures what it printed. */
record Cli(int code, String out, String err) {
    static Cli run(String... args) {
        return runWithStdin("", args);
    }

    static Cli runWithStdin(String stdin, String... args) {
        return runIn(Environment.plain(Path.of("")), stdin, args);
    }

    /** Runs with a given working directory, environment variables and terminals. */
    static Cli runIn(Environment env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, env);
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
