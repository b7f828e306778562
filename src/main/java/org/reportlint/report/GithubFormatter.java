package org.reportlint.report;

import java.io.IOException;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…::message}): in a workflow step, each finding
 * becomes an annotation on the changed file of a pull request, without uploading SARIF. Error and warning keep
 * their level; info is a {@code notice}. An unreadable file is an error annotation on that file.
 */
public final class GithubFormatter implements Formatter {
    @Override
    public void write(LintRun run, Appendable out) throws IOException {
        for (FileReport f : run.files()) {
            if (f.failed()) {
                out.append("::error file=").append(property(f.file())).append("::").append(data(f.error()))
                        .append('\n');
            }
            for (Finding x : f.findings()) {
                String level = switch (x.severityLevel()) {
                    case ERROR -> "error";
                    case WARNING -> "warning";
                    default -> "notice";
                };
                String message = x.message() + (x.suggestion() == null ? ""
                        : x.suggestion().isEmpty() ? "（建议删除）" : "（建议改为“" + x.suggestion() + "”）");
                out.append("::").append(level).append(" file=").append(property(x.file()))
                        .append(",line=").append(String.valueOf(x.line()))
                        .append(",endLine=").append(String.valueOf(x.endLine()))
                        .append(",col=").append(String.valueOf(x.column()))
                        .append(",endColumn=").append(String.valueOf(x.endColumn()))
                        .append(",title=").append(property(x.rule()))
                        .append("::").append(data(message)).append('\n');
            }
        }
    }

    /** Escapes a message as the runner's command parser expects. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value: also the separators of the property list. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
