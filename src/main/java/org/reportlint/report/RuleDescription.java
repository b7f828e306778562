package org.reportlint.report;

/** What a rule says about itself (from its DRL metadata): the basis of {@code rules}, SARIF and docs. */
public record RuleDescription(String id, String category, String severity, String doc, String message,
                              String source) {
}
