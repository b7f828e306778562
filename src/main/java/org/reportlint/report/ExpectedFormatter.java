package org.reportlint.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The checked-in expected findings of a report under test ({@code <report>.expected.tsv}): one finding a line,
 * {@code line:col-endLine:endCol, severity, rule, excerpt, suggestion, message}, tab-separated, so that a rule
 * or corpus change reads as a line diff in review.
 */
public final class ExpectedFormatter implements Formatter {
    public static final String SUFFIX = ".expected.tsv";
    private static final String NONE = "∅";

    public static Path expectedPath(Path report) {
        String n = report.getFileName().toString().replaceFirst("\\.txt$", "");
        return report.resolveSibling(n + SUFFIX);
    }

    public static List<String> lines(FileReport r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(f.line() + ":" + f.column() + "-" + f.endLine() + ":" + f.endColumn() + "\t" + f.severity()
                    + "\t" + f.rule() + "\t" + flat(f.excerpt()) + "\t"
                    + (f.suggestion() == null ? NONE : "→" + flat(f.suggestion())) + "\t" + flat(f.message()));
        }
        return out;
    }

    private static String flat(String s) {
        return s == null ? "" : s.replace("\t", "\\t").replace("\r", "").replace("\n", "⏎");
    }

    @Override
    public void write(LintRun run, Appendable out) throws IOException {
        for (FileReport r : run.files()) {
            for (String l : lines(r)) {
                out.append(r.file()).append('\t').append(l).append('\n');
            }
        }
    }
}
