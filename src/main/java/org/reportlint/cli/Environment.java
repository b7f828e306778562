package org.reportlint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command sees of its surroundings: the working directory, the environment variables and whether
 * standard output and standard error are terminals. Tests run the command line with their own.
 */
record Environment(Path cwd, Map<String, String> vars, boolean stdoutTerminal, boolean stderrTerminal) {

    static Environment system() {
        return new Environment(Path.of("").toAbsolutePath(), System.getenv(), isTerminal(1), isTerminal(2));
    }

    /** Not a terminal, no variables: what a test or a pipe gets. */
    static Environment plain(Path cwd) {
        return new Environment(cwd.toAbsolutePath(), Map.of(), false, false);
    }

    /** Colour on a terminal unless {@code NO_COLOR} is set (https://no-color.org). */
    boolean colour() {
        String no = vars.get("NO_COLOR");
        return stdoutTerminal && (no == null || no.isEmpty());
    }

    /**
     * Java 17 has no isatty for one stream ({@code System.console()} needs stdin and stdout both); on Linux
     * the descriptor's link says; elsewhere assume a console means a terminal.
     */
    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            if (Files.isSymbolicLink(link)) {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | RuntimeException e) {
            // fall back below
        }
        return System.console() != null;
    }
}
