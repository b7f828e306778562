package org.reportlint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one {@code check} produced: per-file results, the rules that ran and the time it took.
 *
 * @param baselined findings left out because the baseline already records them
 */
public record LintRun(String version, List<FileReport> files, List<RuleDescription> rules, long millis,
                      int baselined) {

    public LintRun(String version, List<FileReport> files, List<RuleDescription> rules, long millis) {
        this(version, files, rules, millis, 0);
    }

    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        files.forEach(f -> all.addAll(f.findings()));
        return all;
    }

    public Summary summary() {
        Map<String, Integer> bySeverity = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.label(), 0);
        }
        long chars = 0;
        int failed = 0;
        for (FileReport f : files) {
            chars += f.characters();
            failed += f.failed() ? 1 : 0;
            for (Finding x : f.findings()) {
                bySeverity.merge(x.severity(), 1, Integer::sum);
                byCategory.merge(x.category(), 1, Integer::sum);
            }
        }
        return new Summary(files.size(), failed, chars, findings().size(), bySeverity, byCategory, baselined,
                millis);
    }

    /** Counts for the summary line and the JSON {@code summary} object. */
    public record Summary(int files, int unreadable, long characters, int findings, Map<String, Integer> bySeverity,
                          Map<String, Integer> byCategory, int baselined, long millis) {
    }
}
