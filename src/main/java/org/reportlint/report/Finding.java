package org.reportlint.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Comparator;

/**
 * The one shape of a finding everywhere (text, JSON, SARIF, fixtures): positions are 1-based Unicode code
 * points in the original file, end exclusive.
 */
@JsonPropertyOrder({"file", "line", "column", "endLine", "endColumn", "rule", "category", "severity",
        "message", "excerpt", "suggestion"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Finding(String file, int line, int column, int endLine, int endColumn, String rule,
                      String category, String severity, String message, String excerpt, String suggestion) {

    /** Report order: by file, then position, then rule id. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column)
            .thenComparingInt(Finding::endLine).thenComparingInt(Finding::endColumn)
            .thenComparing(Finding::rule).thenComparing(Finding::message);

    public Severity severityLevel() {
        return Severity.parse(severity);
    }

    public Finding withSeverity(Severity s) {
        return new Finding(file, line, column, endLine, endColumn, rule, category, s.label(), message, excerpt,
                suggestion);
    }
}
