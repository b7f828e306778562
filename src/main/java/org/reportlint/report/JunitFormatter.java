package org.reportlint.report;

import java.io.IOException;

/**
 * JUnit XML for CI dashboards, as ESLint's {@code junit} formatter: one test suite per file, one failed test case
 * per finding (type = severity), one passing test case for a file without findings, an {@code error} for a file
 * that could not be read.
 */
public final class JunitFormatter implements Formatter {
    @Override
    public void write(LintRun run, Appendable out) throws IOException {
        LintRun.Summary s = run.summary();
        int tests = 0;
        for (FileReport f : run.files()) {
            tests += Math.max(1, f.findings().size());
        }
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"reportlint\" tests=\"").append(String.valueOf(tests))
                .append("\" failures=\"").append(String.valueOf(s.findings())).append("\" errors=\"")
                .append(String.valueOf(s.unreadable())).append("\" time=\"").append(seconds(run.millis()))
                .append("\">\n");
        for (FileReport f : run.files()) {
            suite(f, out);
        }
        out.append("</testsuites>\n");
    }

    private static void suite(FileReport f, Appendable out) throws IOException {
        int tests = Math.max(1, f.findings().size());
        out.append("  <testsuite name=\"").append(attr(f.file())).append("\" tests=\"").append(String.valueOf(tests))
                .append("\" failures=\"").append(String.valueOf(f.findings().size())).append("\" errors=\"")
                .append(f.failed() ? "1" : "0").append("\" skipped=\"0\" time=\"0\">\n");
        if (f.failed()) {
            out.append("    <testcase classname=\"").append(attr(f.file())).append("\" name=\"read\" time=\"0\">\n")
                    .append("      <error message=\"").append(attr(f.error())).append("\" type=\"input\"/>\n")
                    .append("    </testcase>\n");
        } else if (f.findings().isEmpty()) {
            out.append("    <testcase classname=\"").append(attr(f.file()))
                    .append("\" name=\"reportlint\" time=\"0\"/>\n");
        }
        for (Finding x : f.findings()) {
            String where = x.line() + ":" + x.column();
            out.append("    <testcase classname=\"").append(attr(f.file())).append("\" name=\"")
                    .append(attr(x.rule() + " " + where)).append("\" time=\"0\">\n");
            out.append("      <failure message=\"").append(attr(x.message())).append("\" type=\"")
                    .append(attr(x.severity())).append("\">");
            StringBuilder body = new StringBuilder().append(x.file()).append(':').append(where).append(": ")
                    .append(x.severity()).append(" [").append(x.rule()).append("] ").append(x.message())
                    .append("\n“").append(x.excerpt()).append('”');
            if (x.suggestion() != null) {
                body.append(" → ").append(x.suggestion().isEmpty() ? "删除" : "“" + x.suggestion() + "”");
            }
            out.append(text(body.toString())).append("</failure>\n    </testcase>\n");
        }
        out.append("  </testsuite>\n");
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** Character data: markup characters escaped, characters XML 1.0 forbids replaced by U+FFFD. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> b.appendCodePoint(allowed(c) ? c : 0xFFFD);
            }
        });
        return b.toString();
    }

    static String attr(String s) {
        return text(s == null ? "" : s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
                .replace("\t", "&#9;");
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
