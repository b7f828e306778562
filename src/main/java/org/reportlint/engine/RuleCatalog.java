package org.reportlint.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.reportlint.report.RuleDescription;

/**
 * The rules of a {@link KieBase} as the user sees them, read from each rule's DRL metadata
 * ({@code @category @severity @doc @message}). A rule's id is its DRL name; a DRL rule named
 * {@code id:variant} is a variant of rule {@code id} (a case with its own severity or message, or a
 * support rule that reports nothing) and inherits whatever metadata it does not set.
 */
public final class RuleCatalog {
    public static final String VARIANT = ":";

    private final Map<String, RuleDescription> rules;
    private final Map<String, Map<String, String>> variantMeta;

    private RuleCatalog(Map<String, RuleDescription> rules, Map<String, Map<String, String>> variantMeta) {
        this.rules = rules;
        this.variantMeta = variantMeta;
    }

    public static RuleCatalog of(KieBase kbase) {
        Map<String, Map<String, String>> meta = new TreeMap<>();
        Map<String, String> sources = new TreeMap<>();
        for (KiePackage pkg : kbase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                meta.put(r.getName(), strings(r.getMetaData()));
                if (r instanceof RuleImpl impl && impl.getResource() != null) {
                    sources.put(r.getName(), impl.getResource().getSourcePath());
                }
            }
        }
        Map<String, RuleDescription> rules = new TreeMap<>();
        for (Map.Entry<String, Map<String, String>> e : meta.entrySet()) {
            String name = e.getKey();
            if (name.contains(VARIANT)) {
                continue;
            }
            Map<String, String> m = e.getValue();
            rules.put(name, new RuleDescription(name, m.get("category"), m.get("severity"), m.get("doc"),
                    m.get("message"), sources.get(name)));
        }
        return new RuleCatalog(rules, meta);
    }

    /** Metadata values come back from DRL with their quotes; strip them once, here. */
    private static Map<String, String> strings(Map<String, Object> raw) {
        Map<String, String> out = new TreeMap<>();
        raw.forEach((k, v) -> out.put(k, unquote(String.valueOf(v))));
        return out;
    }

    static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1).replace("\\\"", "\"");
        }
        return t;
    }

    /** The id of the rule a DRL rule belongs to ({@code id:variant} belongs to {@code id}). */
    public static String idOf(String drlRuleName) {
        int i = drlRuleName.indexOf(VARIANT);
        return i < 0 ? drlRuleName : drlRuleName.substring(0, i);
    }

    /** A metadata value of a DRL rule, falling back to its main rule's. */
    public String meta(String drlRuleName, String key) {
        Map<String, String> own = variantMeta.get(drlRuleName);
        if (own != null && own.containsKey(key)) {
            return own.get(key);
        }
        Map<String, String> main = variantMeta.get(idOf(drlRuleName));
        return main == null ? null : main.get(key);
    }

    public Collection<RuleDescription> rules() {
        return rules.values();
    }

    public RuleDescription rule(String id) {
        return rules.get(id);
    }

    /** Every DRL rule name, variants included. */
    public List<String> drlRuleNames() {
        return new ArrayList<>(variantMeta.keySet());
    }
}
