package org.reportlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reportlint.report.RuleDescription;

/**
 * A rule's documentation beyond its metadata: the header comment above it in its DRL file (Catches / Not
 * flagged / Reference) and its fixture cases, read from the project directory when they are there.
 */
final class RuleDocs {
    static final String FIXTURES = "src/test/resources/fixtures";

    private RuleDocs() {
    }

    /** Rule id → header comment, for the rules whose DRL file is readable under {@code root}. */
    static Map<String, String> headers(Path root, Collection<RuleDescription> rules) {
        Map<String, String> out = new TreeMap<>();
        for (RuleDescription r : rules) {
            String h = header(root, r);
            if (!h.isEmpty()) {
                out.put(r.id(), h);
            }
        }
        return out;
    }

    /**
     * The {@code //} comment lines right above {@code rule "<id>"} in the rule's DRL file, one line per
     * {@code Label:} paragraph (indented continuation lines are joined); "" when there is none.
     */
    static String header(Path root, RuleDescription r) {
        if (r.source() == null) {
            return "";
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(root.resolve(r.source()), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("rule \"" + r.id() + "\"")) {
                at = i;
                break;
            }
        }
        List<String> comment = new ArrayList<>();
        for (int i = at - 1; i >= 0 && lines.get(i).strip().startsWith("//"); i--) {
            comment.add(0, lines.get(i).strip().substring(2));
        }
        StringBuilder b = new StringBuilder();
        for (String c : comment) {
            boolean continuation = c.startsWith("  ") || c.startsWith("\t");
            if (b.length() > 0) {
                b.append(continuation ? " " : "\n");
            }
            b.append(c.strip());
        }
        return b.toString();
    }

    /** The fixture file of a rule ({@code positive.txt} or {@code negative.txt}) under {@code root}, or null. */
    static Path fixture(Path root, String id, boolean positive) {
        Path p = root.resolve(FIXTURES).resolve(id).resolve(positive ? "positive.txt" : "negative.txt");
        return Files.isRegularFile(p) ? p : null;
    }
}
