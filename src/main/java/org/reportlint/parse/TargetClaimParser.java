package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.facts.ClaimStatus;
import org.reportlint.facts.GrowthClaim;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Quantity;
import org.reportlint.facts.QuantityKind;
import org.reportlint.facts.Sentence;
import org.reportlint.facts.TargetClaim;

/**
 * Finds {@link TargetClaim}s: a figure preceded in its sentence by a target cue (预期目标, 力争, 确保, 计划), a
 * forecast cue (预计) or a result cue (完成了, 超额完成); the nearest cue decides. A cue followed by a colon
 * ({@code 主要预期目标是：A增长5%；B增长6%；…}) covers the 。-free run of ；-separated sentences after it.
 */
final class TargetClaimParser {
    private static final String[] ROLES = {"target", "expected", "achieved"};
    private final CueTable cues;

    TargetClaimParser(CueTable cues) {
        this.cues = cues;
    }

    private record Cue(int start, String text, ClaimStatus status) {
    }

    List<TargetClaim> parse(Paragraph p, List<Sentence> sentences, List<Quantity> qs, List<GrowthClaim> growth) {
        String t = p.getText();
        List<TargetClaim> out = new ArrayList<>();
        for (Quantity q : qs) {
            QuantityKind k = q.getKind();
            if (k == QuantityKind.YEAR || k == QuantityKind.DATE || k == QuantityKind.PERIOD) {
                continue;
            }
            Sentence s = q.getSentence();
            Cue cue = nearest(t, Math.max(s.getStart(), q.getExtentStart() - QuantityScanner.MAX_REACH),
                    q.getExtentStart());
            if (cue == null) {
                cue = colonScope(t, sentences, s);
            }
            if (cue != null) {
                GrowthClaim g = growthOf(growth, q);
                String metric = q.getMetric() != null ? q.getMetric() : g == null ? null : g.getMetric();
                out.add(new TargetClaim(metric, q, g, cue.status(), cue.text(),
                        p.spanOf(cue.start(), cue.start() + cue.text().length())));
            }
        }
        return out;
    }

    private Cue nearest(String t, int from, int to) {
        Cue best = null;
        for (String role : ROLES) {
            int at = cues.lastIndexIn(role, t, from, to);
            if (at >= 0 && (best == null || at > best.start())) {
                best = new Cue(at, cues.startingAt(role, t, at), ClaimStatus.valueOf(statusOf(role)));
            }
        }
        return best;
    }

    private static String statusOf(String role) {
        return switch (role) {
            case "expected" -> "EXPECTED";
            case "achieved" -> "ACHIEVED";
            default -> "TARGET";
        };
    }

    /** A cue + colon in an earlier sentence of the paragraph, with only ；-ended sentences in between. */
    private Cue colonScope(String t, List<Sentence> sentences, Sentence s) {
        for (int i = s.getIndex() - 1; i >= 0; i--) {
            Sentence prev = sentences.get(i);
            String text = prev.getText().strip();
            if (!text.endsWith("；") && !text.endsWith(";")) {
                return null;
            }
            int colon = Math.max(prev.getText().lastIndexOf('：'), prev.getText().lastIndexOf(':'));
            if (colon >= 0) {
                return nearest(t, prev.getStart(), prev.getStart() + colon);
            }
        }
        return null;
    }

    private static GrowthClaim growthOf(List<GrowthClaim> growth, Quantity q) {
        for (GrowthClaim g : growth) {
            if (g.getRate() == q || g.getDelta() == q || g.getTo() == q) {
                return g;
            }
        }
        return null;
    }
}
