package org.reportlint.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.reportlint.data.DataSet;
import org.reportlint.input.SourceText;
import org.reportlint.parse.DocumentParser;
import org.reportlint.report.FileReport;
import org.reportlint.report.Finding;
import org.reportlint.report.MaskedEntry;

/** Parses a report into facts, runs the rules over them in a fresh session and collects the findings. */
public final class Linter {
    public static final String GLOBAL = "findings";

    private final KieBase kbase;
    private final RuleCatalog catalog;
    private final DataSet data;
    private final DocumentParser parser;
    private final FindingPolicy policy;
    private final boolean hasGlobal;

    public Linter(KieBase kbase, DataSet data, FindingPolicy policy) {
        this.kbase = kbase;
        this.catalog = RuleCatalog.of(kbase);
        this.data = data;
        this.parser = new DocumentParser(data);
        this.policy = policy;
        this.hasGlobal = kbase.getKiePackages().stream().anyMatch(p -> p.getGlobalVariables().stream()
                .anyMatch(g -> g.getName().equals(GLOBAL)));
    }

    /**
     * Compiles {@code rulesDir/**.drl} and loads {@code rulesDir/data}; the large word list is read on another
     * core while Drools compiles, which is most of the start-up time.
     */
    public static Linter load(Path rulesDir, FindingPolicy policy) throws RuleCompileException {
        Path root = rulesDir.toAbsolutePath().normalize().getParent();
        DataSet data = DataSet.load(rulesDir.resolve("data"));
        for (Runnable load : data.preloads()) {
            Thread preload = new Thread(load, "reportlint-data");
            preload.setDaemon(true);
            preload.start();
        }
        KieBase kbase = RuleLoader.compile(rulesDir, root == null ? rulesDir : root);
        return new Linter(kbase, data, policy);
    }

    public static Linter load(Path rulesDir) throws RuleCompileException {
        return load(rulesDir, FindingPolicy.DEFAULT);
    }

    /** The same compiled rules and data under another policy (a configuration read after the rules). */
    public Linter withPolicy(FindingPolicy other) {
        return new Linter(kbase, data, other);
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    public DataSet data() {
        return data;
    }

    public DocumentParser parser() {
        return parser;
    }

    public FileReport lint(SourceText src) {
        List<Object> facts = parser.parse(src);
        Findings findings = new Findings(src, catalog);
        KieSession session = kbase.newKieSession();
        try {
            if (hasGlobal) {
                session.setGlobal(GLOBAL, findings);
            }
            data.sessionFacts().forEach(session::insert);
            policy.facts(src.name()).forEach(session::insert);
            facts.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        List<Finding> kept = findings.all().stream().map(f -> policy.apply(src.name(), f))
                .filter(Objects::nonNull).sorted(Finding.ORDER).toList();
        return new FileReport(src.name(), src.encoding(), src.codePointLength(), kept, catalogue(kept),
                List.of(src.text().split("\r\n|\r|\n", -1)), null);
    }

    /** Masked tokens grouped by token, in order of first occurrence. */
    static List<MaskedEntry> catalogue(List<Finding> findings) {
        Map<String, List<Finding>> byToken = new LinkedHashMap<>();
        for (Finding f : findings) {
            if ("masked".equals(f.category())) {
                byToken.computeIfAbsent(f.excerpt(), k -> new ArrayList<>()).add(f);
            }
        }
        List<MaskedEntry> out = new ArrayList<>();
        byToken.forEach((token, fs) -> out.add(new MaskedEntry(token, mostCommonSuggestion(fs), fs.size(),
                fs.stream().map(f -> f.line() + ":" + f.column()).toList())));
        return out;
    }

    private static String mostCommonSuggestion(List<Finding> fs) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        fs.stream().map(Finding::suggestion).filter(Objects::nonNull).forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
