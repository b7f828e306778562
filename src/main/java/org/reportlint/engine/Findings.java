package org.reportlint.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.rule.RuleContext;
import org.reportlint.facts.Span;
import org.reportlint.input.SourceText;
import org.reportlint.report.Finding;

/**
 * The one way a rule reports: {@code findings.report(drools, span, suggestion, args…)} in a DRL consequence.
 * Rule id, category, severity and message come from the firing rule's metadata; {@code {0}}, {@code {1}} …
 * in {@code @message} are replaced by {@code args}.
 */
public final class Findings {
    private final SourceText source;
    private final RuleCatalog catalog;
    private final Map<String, Finding> found = new LinkedHashMap<>();

    public Findings(SourceText source, RuleCatalog catalog) {
        this.source = source;
        this.catalog = catalog;
    }

    /**
     * @param span       what is wrong, in the original file
     * @param suggestion the replacement text; {@code ""} means delete, {@code null} means no suggestion
     */
    public void report(RuleContext drools, Span span, String suggestion, Object... args) {
        String name = drools.getRule().getName();
        String id = RuleCatalog.idOf(name);
        String message = format(catalog.meta(name, "message"), args);
        int line = source.lineOf(span.getStart());
        int endLine = source.lineOf(span.getEnd());
        Finding f = new Finding(source.name(), line, source.columnOf(span.getStart()), endLine,
                source.columnOf(span.getEnd()), id, catalog.meta(name, "category"), catalog.meta(name, "severity"),
                message, source.text().substring(span.getStart(), span.getEnd()), suggestion);
        // The same rule on the same span once only, whichever activation came first.
        found.putIfAbsent(id + "@" + span.getStart() + ":" + span.getEnd(), f);
    }

    static String format(String template, Object... args) {
        if (template == null) {
            return "";
        }
        String out = template;
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return out;
    }

    public List<Finding> all() {
        return new ArrayList<>(found.values());
    }
}
