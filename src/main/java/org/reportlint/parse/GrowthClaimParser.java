package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.Direction;
import org.reportlint.facts.GrowthClaim;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Quantity;
import org.reportlint.facts.QuantityKind;

/**
 * Finds {@link GrowthClaim}s among a paragraph's quantities: a change verb right before a figure
 * ({@code 增长5.5%}, {@code 下降2个百分点}, {@code 分别增长5%、6%}), a rate noun ({@code 涨幅控制在3%}), or a change
 * between two figures ({@code 由22.5%提高到23.5%}, {@code 从2017年的321家增加到8726家}, {@code 增至B}); a rate in the
 * next clause ({@code …，增长x%}) joins the from-to claim before it.
 */
final class GrowthClaimParser {
    private static final String LIST_SEPARATORS = "、和及与";
    private final CueTable cues;
    private final WordDictionary words;

    GrowthClaimParser(CueTable cues, WordDictionary words) {
        this.cues = cues;
        this.words = words;
    }

    /** A verb found before a figure: where it starts, its text, direction, and whether it ends in 到/至. */
    private record Verb(int start, String text, Direction direction, boolean toForm) {
    }

    List<GrowthClaim> parse(Paragraph p, List<Quantity> qs) {
        String t = p.getText();
        List<GrowthClaim> out = new ArrayList<>();
        GrowthClaim last = null;
        for (int k = 0; k < qs.size(); k++) {
            Quantity q = qs.get(k);
            if (!changeable(q.getKind())) {
                continue;
            }
            Quantity prev = previousFigure(qs, k);
            int limit = Math.max(QuantityScanner.clauseStart(t, q.getStart()), prev == null ? 0 : prev.getExtentEnd());
            GrowthClaim c = claim(p, q, qs, k, limit);
            if (c == null && last != null && prev != null && isRateOf(last, prev) && listGap(t, prev, q)) {
                c = follower(p, last, q);
            } else if (c != null && last != null && joinsFromTo(t, last, prev, c)) {
                out.remove(last);
                c = merge(p, last, c);
            }
            if (c != null) {
                out.add(c);
                last = c;
            }
        }
        return out;
    }

    private static boolean changeable(QuantityKind k) {
        return k != QuantityKind.YEAR && k != QuantityKind.DATE && k != QuantityKind.PERIOD
                && k != QuantityKind.DURATION;
    }

    private static Quantity previousFigure(List<Quantity> qs, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (changeable(qs.get(j).getKind())) {
                return qs.get(j);
            }
        }
        return null;
    }

    private GrowthClaim claim(Paragraph p, Quantity q, List<Quantity> qs, int k, int limit) {
        String t = p.getText();
        int e = skipParticles(t, q.getExtentStart(), limit);
        Verb v = verbEndingAt(t, e, limit);
        if (v == null) {
            return null;
        }
        Quantity from = null;
        int start = v.start();
        if (v.toForm()) {
            int clause = QuantityScanner.clauseStart(t, v.start());
            int fromCue = cues.lastIndexIn("from", t, clause, v.start());
            from = figureIn(qs, k, fromCue >= 0 ? fromCue : v.start() - 1, v.start());
            if (from != null && fromCue < 0 && skipParticles(t, v.start(), from.getExtentEnd()) != from.getExtentEnd()) {
                from = null;
            }
            start = from == null ? start : Math.min(start, fromCue >= 0 ? fromCue : from.getExtentStart());
        }
        int baseLimit = from != null ? QuantityScanner.clauseStart(t, start) : limit;
        String base = base(t, baseLimit, from != null ? start : v.start());
        String metric = q.getMetric() != null ? q.getMetric() : from == null ? null : from.getMetric();
        boolean rate = isRate(q.getKind()) && !v.toForm();
        return new GrowthClaim(metric, v.direction(), rate ? q : null, !rate && !v.toForm() ? q : null, from,
                v.toForm() ? q : null, base, v.text(), p.spanOf(start, q.getExtentEnd()), q.getSentence());
    }

    private static boolean isRate(QuantityKind k) {
        return k == QuantityKind.PERCENT || k == QuantityKind.MULTIPLE || k == QuantityKind.PERMILLE;
    }

    /** The last non-time figure that starts within {@code [from, to)}, among those before index {@code k}. */
    private static Quantity figureIn(List<Quantity> qs, int k, int from, int to) {
        for (int j = k - 1; j >= 0; j--) {
            Quantity c = qs.get(j);
            if (c.getStart() >= from && c.getEnd() <= to && changeable(c.getKind())) {
                return c;
            }
        }
        return null;
    }

    private int skipParticles(String t, int e, int limit) {
        while (e > limit) {
            char c = t.charAt(e - 1);
            if (c == '了' || Character.isWhitespace(c)) {
                e--;
            } else if (t.startsWith("分别", e - 2) && e - 2 >= limit) {
                e -= 2;
            } else {
                break;
            }
        }
        return e;
    }

    private Verb verbEndingAt(String t, int e, int limit) {
        String to = cues.endingAt("to", t, e, limit);
        if (to != null) {
            Verb v = plainVerb(t, e - to.length(), limit);
            if (v != null) {
                return new Verb(v.start(), t.substring(v.start(), e), v.direction(), true);
            }
        }
        Verb v = plainVerb(t, e, limit);
        if (v != null) {
            return v;
        }
        for (String link : new String[] {"控制在", "保持在", "达到", "为", "是", "达", ""}) {
            if (e - link.length() >= limit && t.startsWith(link, e - link.length())) {
                String noun = cues.endingAt("rate-noun", t, e - link.length(), limit);
                if (noun != null) {
                    int s = e - link.length() - noun.length();
                    return new Verb(s, noun, noun.startsWith("降") ? Direction.DOWN : Direction.UP, false);
                }
            }
        }
        return null;
    }

    private Verb plainVerb(String t, int e, int limit) {
        for (String role : new String[] {"up", "down"}) {
            String w = cues.endingAt(role, t, e, limit);
            if (w != null && !glued(t, e - w.length(), w)) {
                return new Verb(e - w.length(), w, role.equals("up") ? Direction.UP : Direction.DOWN, false);
            }
        }
        return null;
    }

    /** 新增 is not 增, 减税 is not 减: the cue is the end of a longer word that is no change verb. */
    private boolean glued(String t, int s, String w) {
        if (s == 0 || !Qualifiers.isHan(t.charAt(s - 1))) {
            return false;
        }
        String longer = t.charAt(s - 1) + w;
        return words.contains(longer) && !cues.has("up", longer) && !cues.has("down", longer)
                && !cues.has("base", longer);
    }

    private String base(String t, int limit, int verbStart) {
        int at = cues.lastIndexIn("base", t, limit, verbStart);
        if (at >= 0) {
            return cues.startingAt("base", t, at);
        }
        for (int i = verbStart - 1; i >= limit; i--) {
            String prefix = cues.startingAt("base-prefix", t, i);
            if (prefix != null && i + prefix.length() < verbStart
                    && NumberParser.arabicDigit(t.charAt(i + prefix.length())) >= 0) {
                int end = t.indexOf('年', i);
                return end > 0 && end < verbStart ? t.substring(i, end + 1) : null;
            }
        }
        return null;
    }

    /**
     * Whether {@code c} (增长20%) is the rate of the from-to claim {@code last} just before it: the next clause of the
     * same sentence, no metric of its own, a rate or a delta.
     */
    private static boolean joinsFromTo(String t, GrowthClaim last, Quantity prev, GrowthClaim c) {
        if (!last.isFromTo() || last.getTo() != prev || c.getMetric() != null || c.isFromTo()
                || last.getRate() != null || last.getDelta() != null || (c.getRate() == null && c.getDelta() == null)
                || c.getSentence() != last.getSentence()) {
            return false;
        }
        Quantity q = c.getRate() != null ? c.getRate() : c.getDelta();
        String gap = t.substring(prev.getExtentEnd(), q.getExtentStart());
        int clauses = 0;
        for (int i = 0; i < gap.length(); i++) {
            clauses += QuantityScanner.CLAUSE_ENDS.indexOf(gap.charAt(i)) >= 0 ? 1 : 0;
        }
        return clauses <= 1;
    }

    private static boolean isRateOf(GrowthClaim c, Quantity q) {
        return c.getRate() == q || c.getDelta() == q;
    }

    private static boolean listGap(String t, Quantity a, Quantity b) {
        String gap = t.substring(a.getExtentEnd(), b.getExtentStart()).strip();
        return gap.length() <= 2 && !gap.isEmpty() && LIST_SEPARATORS.indexOf(gap.charAt(0)) >= 0
                && a.getKind() == b.getKind();
    }

    private static GrowthClaim follower(Paragraph p, GrowthClaim lead, Quantity q) {
        boolean rate = lead.getRate() != null;
        return new GrowthClaim(null, lead.getDirection(), rate ? q : null, rate ? null : q, null, null, lead.getBase(),
                lead.getVerb(), q.getExtent(), q.getSentence());
    }

    private static GrowthClaim merge(Paragraph p, GrowthClaim fromTo, GrowthClaim rate) {
        int start = fromTo.getTo().getExtentEnd() - fromTo.getSpan().getText().length();
        Quantity q = rate.getRate() != null ? rate.getRate() : rate.getDelta();
        return new GrowthClaim(fromTo.getMetric(), fromTo.getDirection(), rate.getRate(), rate.getDelta(),
                fromTo.getFrom(), fromTo.getTo(), fromTo.getBase() != null ? fromTo.getBase() : rate.getBase(),
                fromTo.getVerb(), p.spanOf(start, q.getExtentEnd()), fromTo.getSentence());
    }
}
