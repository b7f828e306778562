package org.reportlint.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reportlint.facts.GrowthClaim;
import org.reportlint.facts.MetricMention;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Quantity;
import org.reportlint.facts.Report;
import org.reportlint.facts.RespectiveList;
import org.reportlint.facts.QuantityKind;
import org.reportlint.facts.Section;
import org.reportlint.facts.Sentence;
import org.reportlint.facts.TargetClaim;

/**
 * Makes {@link MetricMention}s of the figures that state a known metric as a plain result, inside a top-level
 * section: the rate of a growth claim with no from-to pair, or an amount or percentage level. Left out: targets and
 * forecasts (a TargetClaim), bounds and approximations, the values of a 分别 list (their metrics are shared), figures of clauses with an increment word (新增, 累计) or
 * with a scope word before the metric that is not the report's own (全省, 高新区), annual averages.
 */
final class MetricMentionFinder {
    private static final List<String> INCREMENT = List.of("increment");
    private static final String OWN_SCOPE = "own-scope";
    private static final String OWN_AREA = "own-area";
    private final QuantityData data;

    MetricMentionFinder(QuantityData data) {
        this.data = data;
    }

    List<MetricMention> find(List<Object> facts) {
        Map<Quantity, GrowthClaim> growthOf = new HashMap<>();
        Set<Quantity> excluded = new HashSet<>();
        Map<Sentence, TreeSet<String>> times = new HashMap<>();
        List<Section> tops = new ArrayList<>();
        List<Quantity> qs = new ArrayList<>();
        for (Object f : facts) {
            if (f instanceof GrowthClaim g) {
                index(g, growthOf, excluded);
            } else if (f instanceof TargetClaim t) {
                excluded.add(t.getQuantity());
            } else if (f instanceof RespectiveList r) {
                excluded.addAll(r.getValues());
            } else if (f instanceof Section s && s.getParent() == null) {
                tops.add(s);
            } else if (f instanceof Quantity q) {
                qs.add(q);
                if (isTime(q.getKind())) {
                    times.computeIfAbsent(q.getSentence(), k -> new TreeSet<>()).add(q.getText());
                }
            }
        }
        List<MetricMention> out = new ArrayList<>();
        for (Quantity q : qs) {
            MetricMention m = excluded.contains(q) ? null : mention(q, growthOf.get(q), times, tops);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private static void index(GrowthClaim g, Map<Quantity, GrowthClaim> growthOf, Set<Quantity> excluded) {
        if (g.getRate() != null && !g.isFromTo() && !g.isAnnualAverage()) {
            growthOf.put(g.getRate(), g);
        } else if (g.getRate() != null) {
            excluded.add(g.getRate());
        }
        for (Quantity q : new Quantity[] {g.getDelta(), g.getFrom(), g.getTo()}) {
            if (q != null) {
                excluded.add(q);
            }
        }
    }

    private MetricMention mention(Quantity q, GrowthClaim g, Map<Sentence, TreeSet<String>> times, List<Section> tops) {
        boolean level = g == null && (q.getKind() == QuantityKind.AMOUNT || q.getKind() == QuantityKind.PERCENT);
        boolean rate = g != null && q.getKind() == QuantityKind.PERCENT;
        if (!(level || rate) || !q.isExact() || q.isMalformed() || !data.isKnownMetric(q.getMetric())) {
            return null;
        }
        Paragraph p = q.getParagraph();
        String t = p.getText();
        int clause = QuantityScanner.clauseStart(t, q.getStart());
        if (!ownScope(t, clause, q) || data.cues().containsAny(INCREMENT, t.substring(clause, q.getStart()))) {
            return null;
        }
        Section top = tops.stream().filter(s -> s.getReport() == p.getReport() && s.contains(p)).findFirst()
                .orElse(null);
        if (top == null) {
            return null;
        }
        String key = (rate ? MetricMention.RATE : MetricMention.LEVEL) + "|"
                + String.join(",", times.getOrDefault(q.getSentence(), new TreeSet<>())) + "|"
                + (g == null || g.getBase() == null ? "" : g.getBase()) + "|" + (g == null ? "" : g.getDirection());
        return new MetricMention(q, q.getMetric(), rate ? MetricMention.RATE : MetricMention.LEVEL, key,
                p.getReport(), top.getIndex());
    }

    /**
     * Whether only own-scope words stand between the clause start and the metric: a time word (全年), or the
     * report's own area, 全/我/本 + the last character of its place (全省 in 山东省's report; 全市, 我县 … from the
     * cue table when the place is unknown). Other words (全省 in a city's report, 高新区, 民营经济) may make the
     * figure another area's or part's.
     */
    private boolean ownScope(String t, int clause, Quantity q) {
        int metricStart = q.getMetricSpan() == null ? -1 : t.indexOf(q.getMetricText(), clause);
        if (metricStart < 0 || metricStart > q.getStart()) {
            return false;
        }
        Report r = q.getParagraph().getReport();
        String city = r == null ? null : r.getCity();
        String suffix = city == null || city.isEmpty() ? null : city.substring(city.length() - 1);
        int i = clause;
        while (i < metricStart) {
            String w = data.cues().startingAt(OWN_SCOPE, t, i);
            if (w == null) {
                w = suffix == null ? data.cues().startingAt(OWN_AREA, t, i) : ownArea(t, i, suffix);
            }
            if (w != null && i + w.length() <= metricStart) {
                i += w.length();
            } else if (Character.isWhitespace(t.charAt(i))) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** 全省, 我省, 本省 at {@code i} for a report whose place ends in 省; null otherwise. */
    private static String ownArea(String t, int i, String suffix) {
        boolean prefix = i + 1 < t.length() && "全我本".indexOf(t.charAt(i)) >= 0;
        return prefix && t.startsWith(suffix, i + 1) ? t.substring(i, i + 2) : null;
    }

    private static boolean isTime(QuantityKind k) {
        return k == QuantityKind.YEAR || k == QuantityKind.PERIOD || k == QuantityKind.DATE
                || k == QuantityKind.DURATION;
    }
}
