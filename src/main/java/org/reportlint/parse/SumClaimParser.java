package org.reportlint.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Quantity;
import org.reportlint.facts.QuantityKind;
import org.reportlint.facts.Sentence;
import org.reportlint.facts.SumClaim;

/**
 * Finds totals and their parts among the additive figures (amounts, counts, measures) of a paragraph:
 * {@code 共N…，其中A a、B b} (parts, not exhaustive), {@code A a、B b，合计N} and {@code N…，分别为/分为 a、b} (exhaustive;
 * 包括 only with 和/及 before the last part), one claim per unit column; and parallel breakdowns, where a sentence
 * with several totals is followed by sentences giving the same columns ({@link ParallelSumFinder}).
 */
final class SumClaimParser {
    private final CueTable cues;
    private int groups;

    SumClaimParser(CueTable cues) {
        this.cues = cues;
    }

    static boolean additive(Quantity q) {
        QuantityKind k = q.getKind();
        return (k == QuantityKind.AMOUNT || k == QuantityKind.COUNT || k == QuantityKind.MEASURE) && !q.isMalformed();
    }

    List<SumClaim> parse(Paragraph p, List<Sentence> sentences, List<Quantity> qs) {
        String t = p.getText();
        List<Quantity> figures = qs.stream().filter(SumClaimParser::additive).toList();
        List<SumClaim> out = new ArrayList<>();
        for (int w = t.indexOf("其中"); w >= 0; w = t.indexOf("其中", w + 2)) {
            Sentence s = sentenceAt(sentences, w);
            int totalsFrom = t.substring(s.getStart(), w).strip().isEmpty() && s.getIndex() > 0
                    ? sentences.get(s.getIndex() - 1).getStart() : s.getStart();
            columns(between(figures, totalsFrom, w), between(figures, w + 2, s.getEnd()), false, "其中", out, false);
        }
        for (String cue : cues.words("total-after")) {
            for (int w = t.indexOf(cue); w >= 0; w = t.indexOf(cue, w + 1)) {
                Sentence s = sentenceAt(sentences, w);
                int from = w + cue.length();
                List<Quantity> after = figures.stream().filter(q -> q.getStart() >= from && q.getStart() <= from + 3
                        && q.getEnd() <= s.getEnd()).toList();
                List<Quantity> before = between(figures, s.getStart(), w);
                if (!after.isEmpty() && before.size() >= 2) {
                    columns(List.of(after.get(0)), before, true, cue, out, true);
                }
            }
        }
        for (String cue : cues.words("exhaustive")) {
            for (int w = t.indexOf(cue); w >= 0; w = t.indexOf(cue, w + 1)) {
                Sentence s = sentenceAt(sentences, w);
                List<Quantity> before = between(figures, Math.max(s.getStart(), w - 12), w);
                List<Quantity> parts = between(figures, w + cue.length(), s.getEnd());
                boolean closed = !cue.equals("包括") || closedList(t, parts);
                if (!before.isEmpty() && parts.size() >= 2) {
                    columns(List.of(before.get(before.size() - 1)), parts, closed, cue, out, true);
                }
            }
        }
        out.addAll(new ParallelSumFinder(this::nextGroup).find(sentences, figures));
        return out;
    }

    private int nextGroup() {
        return ++groups;
    }

    private static boolean closedList(String t, List<Quantity> parts) {
        if (parts.size() < 2) {
            return false;
        }
        String gap = t.substring(parts.get(parts.size() - 2).getExtentEnd(), parts.get(parts.size() - 1).getStart());
        return gap.contains("和") || gap.contains("及");
    }

    /** One claim per base unit of the parts that has a total with the same unit. */
    private void columns(List<Quantity> totals, List<Quantity> parts, boolean exhaustive, String cue,
                         List<SumClaim> out, boolean needTwo) {
        Map<String, List<Quantity>> byUnit = new LinkedHashMap<>();
        for (Quantity q : parts) {
            byUnit.computeIfAbsent(q.getBaseUnit() + "/" + q.getKind(), k -> new ArrayList<>()).add(q);
        }
        int group = 0;
        int column = 0;
        for (Map.Entry<String, List<Quantity>> e : byUnit.entrySet()) {
            Quantity total = null;
            for (Quantity q : totals) {
                if ((q.getBaseUnit() + "/" + q.getKind()).equals(e.getKey())) {
                    total = q;
                }
            }
            if (total == null || (needTwo && e.getValue().size() < 2)) {
                continue;
            }
            group = group == 0 ? nextGroup() : group;
            out.add(new SumClaim(total, e.getValue(), exhaustive, cue, false, group, column++));
        }
    }

    static List<Quantity> between(List<Quantity> qs, int from, int to) {
        return qs.stream().filter(q -> q.getStart() >= from && q.getEnd() <= to).toList();
    }

    static Sentence sentenceAt(List<Sentence> sentences, int at) {
        for (Sentence s : sentences) {
            if (at >= s.getStart() && at < s.getEnd()) {
                return s;
            }
        }
        return sentences.get(sentences.size() - 1);
    }
}
