package org.reportlint.report;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compiler-style text: {@code file:line:col: severity [rule] message}, then the excerpt in its context
 * with a marker under the span and the suggestion; grouped by file; a summary line at the end.
 */
public final class TextFormatter implements Formatter {
    private static final int CONTEXT = 16;
    private static final String RESET = "\u001b[0m";
    private final boolean quiet;
    private final boolean colour;

    /** @param quiet print only the diagnostic lines and the summary, no excerpts */
    public TextFormatter(boolean quiet) {
        this(quiet, false);
    }

    /** @param colour ANSI colours (for a terminal): severity, location, marker and suggestion */
    public TextFormatter(boolean quiet, boolean colour) {
        this.quiet = quiet;
        this.colour = colour;
    }

    private String paint(String code, String s) {
        return colour ? "\u001b[" + code + "m" + s + RESET : s;
    }

    private String severityColour(String severity) {
        return switch (severity) {
            case "error" -> "1;31";
            case "warning" -> "1;33";
            default -> "1;36";
        };
    }

    @Override
    public void write(LintRun run, Appendable out) throws IOException {
        for (FileReport f : run.files()) {
            if (f.failed()) {
                continue; // reported on stderr by the command
            }
            for (Finding x : f.findings()) {
                out.append(paint("1", x.file() + ":" + x.line() + ":" + x.column() + ":")).append(' ')
                        .append(paint(severityColour(x.severity()), x.severity())).append(" [")
                        .append(paint("2", x.rule())).append("] ").append(x.message()).append('\n');
                if (!quiet) {
                    excerpt(f, x, out);
                }
            }
            if (!quiet && !f.catalogue().isEmpty()) {
                catalogue(f, out);
            }
        }
        out.append(summaryLine(run)).append('\n');
    }

    /** The finding's first line, cut to a window around the span, with carets under the span. */
    private void excerpt(FileReport f, Finding x, Appendable out) throws IOException {
        if (x.line() > f.sourceLines().size()) {
            return;
        }
        String line = f.sourceLines().get(x.line() - 1);
        int[] cps = line.codePoints().toArray();
        int from = Math.min(x.column() - 1, cps.length);
        int to = x.endLine() == x.line() ? Math.min(x.endColumn() - 1, cps.length) : cps.length;
        int lo = Math.max(0, from - CONTEXT);
        int hi = Math.min(cps.length, to + CONTEXT);
        String before = (lo > 0 ? "…" : "") + new String(cps, lo, from - lo);
        String marked = new String(cps, from, to - from);
        String after = new String(cps, to, hi - to) + (hi < cps.length ? "…" : "");
        String sev = severityColour(x.severity());
        out.append("    | ").append(before).append(paint(sev, marked)).append(after).append('\n');
        out.append("    | ").append(" ".repeat(DisplayWidth.of(before)))
                .append(paint(sev, "^".repeat(Math.max(1, DisplayWidth.of(marked))))).append('\n');
        if (x.suggestion() != null) {
            out.append("    = ").append(paint("32", x.suggestion().isEmpty() ? "删除" : "改为“" + x.suggestion() + "”"))
                    .append('\n');
        }
    }

    private void catalogue(FileReport f, Appendable out) throws IOException {
        out.append(paint("1", f.file() + ":")).append(" masked tokens\n");
        for (MaskedEntry e : f.catalogue()) {
            out.append("    ").append(e.token()).append(" ×").append(String.valueOf(e.count()))
                    .append(e.original() == null ? "" : " → " + e.original())
                    .append("  at ").append(String.join(", ", e.positions())).append('\n');
        }
    }

    /** E.g. {@code 5 files, 390123 characters: 2 errors, 7 warnings, 1 info (dup_phrase 3, masked 7) in 1.21 s}. */
    public static String summaryLine(LintRun run) {
        LintRun.Summary s = run.summary();
        Map<String, Integer> sev = s.bySeverity();
        String cats = s.byCategory().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%d file%s, %d characters: %d error%s, %d warning%s, %d info%s%s%s in %.2f s",
                s.files(), s.files() == 1 ? "" : "s", s.characters(),
                sev.get("error"), sev.get("error") == 1 ? "" : "s",
                sev.get("warning"), sev.get("warning") == 1 ? "" : "s",
                sev.get("info"), cats.isEmpty() ? "" : " (" + cats + ")",
                s.unreadable() > 0 ? "; " + s.unreadable() + " unreadable" : "",
                s.baselined() > 0 ? "; " + s.baselined() + " baselined" : "",
                s.millis() / 1000.0);
    }
}
