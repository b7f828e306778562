package org.reportlint.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.GrowthClaim;
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
    /** Cue roles whose words in a part's label make it a subset by threshold (超亿元项目, 10亿元以上项目). */
    private static final List<String> THRESHOLDS = List.of("at-least-before", "at-least-after", "at-most-before",
            "at-most-after", "threshold");
    /** Cue roles whose words in a part's label make it a figure per head (人均, 每), no part of a sum. */
    private static final List<String> PER_HEAD = List.of("per-head");
    /** Cue roles of words that open a new statement rather than name a part. */
    private static final List<String> VERB_ROLES = List.of("verb", "up", "down", "increment", "level-verb");
    private final CueTable cues;
    private final WordDictionary words;
    private final PartEvidence evidence;
    private int groups;

    SumClaimParser(QuantityData data) {
        this.cues = data.cues();
        this.words = data.words();
        this.evidence = new PartEvidence(data);
    }

    static boolean additive(Quantity q) {
        QuantityKind k = q.getKind();
        return (k == QuantityKind.AMOUNT || k == QuantityKind.COUNT || k == QuantityKind.MEASURE) && !q.isMalformed();
    }

    List<SumClaim> parse(Paragraph p, List<Sentence> sentences, List<Quantity> qs, List<GrowthClaim> growth) {
        String t = p.getText();
        Set<Quantity> changes = new HashSet<>();
        for (GrowthClaim g : growth) {
            Stream.of(g.getRate(), g.getDelta(), g.getFrom(), g.getTo()).filter(Objects::nonNull).forEach(changes::add);
        }
        List<Quantity> figures = qs.stream().filter(SumClaimParser::additive).toList();
        List<Quantity> partsOnly = figures.stream().filter(q -> !changes.contains(q)).toList();
        List<SumClaim> out = new ArrayList<>();
        qiZhong(t, sentences, figures, partsOnly, out);
        totalAfter(t, sentences, figures, partsOnly, out);
        exhaustive(t, sentences, figures, partsOnly, out);
        out.addAll(new ParallelSumFinder(this::nextGroup).find(sentences, partsOnly));
        return out;
    }

    /**
     * {@code 共N…，其中A a、B b}: the parts of the list after 其中; exhaustive only when their labels name all of the
     * total ({@link PartEvidence#complete}: 出口…、进口…; a last part labelled 其他).
     */
    private void qiZhong(String t, List<Sentence> sentences, List<Quantity> figures, List<Quantity> partsOnly,
                         List<SumClaim> out) {
        for (int w = t.indexOf("其中"); w >= 0; w = t.indexOf("其中", w + 2)) {
            Sentence s = sentenceAt(sentences, w);
            int totalsFrom = blank(t, s.getStart(), w) && s.getIndex() > 0
                    ? sentences.get(s.getIndex() - 1).getStart() : s.getStart();
            int end = listEnd(t, w + 2, s.getEnd());
            List<Quantity> parts = between(partsOnly, w + 2, end);
            List<Quantity> totals = between(figures, Math.max(totalsFrom, w - QuantityScanner.MAX_REACH), w);
            columns(t, w + 2, totals, parts, evidence.complete(t, w + 2, end, parts), "其中", out, false);
        }
    }

    /** Whether {@code t[from, to)} is only whitespace. */
    private static boolean blank(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code A a、B b，合计N}: the figures of the sentence before the cue add up to the one right after it. */
    private void totalAfter(String t, List<Sentence> sentences, List<Quantity> figures, List<Quantity> partsOnly,
                            List<SumClaim> out) {
        for (String cue : cues.words("total-after")) {
            for (int w = t.indexOf(cue); w >= 0; w = t.indexOf(cue, w + 1)) {
                Sentence s = sentenceAt(sentences, w);
                int from = w + cue.length();
                List<Quantity> after = figures.stream().filter(q -> q.getStart() >= from && q.getStart() <= from + 3
                        && q.getEnd() <= s.getEnd()).toList();
                List<Quantity> before = between(partsOnly, s.getStart(), w);
                if (!after.isEmpty() && before.size() >= 2) {
                    columns(t, s.getStart(), List.of(after.get(0)), before, true, cue, out, true);
                }
            }
        }
    }

    /** {@code N…，分别为/分为 a、b}, {@code 包括…和…}: the parts after the cue are all of the total right before it. */
    private void exhaustive(String t, List<Sentence> sentences, List<Quantity> figures, List<Quantity> partsOnly,
                            List<SumClaim> out) {
        for (String cue : cues.words("exhaustive")) {
            for (int w = t.indexOf(cue); w >= 0; w = t.indexOf(cue, w + 1)) {
                Sentence s = sentenceAt(sentences, w);
                Quantity total = totalRightBefore(t, figures, s.getStart(), w);
                List<Quantity> parts = between(partsOnly, w + cue.length(), s.getEnd());
                boolean closed = !cue.equals("包括") || closedList(t, parts);
                if (total != null && parts.size() >= 2 && !perHead(t, total)) {
                    columns(t, w + cue.length(), List.of(total), parts, closed, cue, out, true);
                }
            }
        }
    }

    /** The figure that ends just before a cue, with only punctuation between ({@code 10所，分别为}), or null. */
    private static Quantity totalRightBefore(String t, List<Quantity> figures, int from, int cue) {
        Quantity last = null;
        for (Quantity q : figures) {
            if (q.getStart() >= from && q.getExtentEnd() <= cue) {
                last = q;
            }
        }
        if (last == null || cue - last.getExtentEnd() > 2) {
            return null;
        }
        for (int i = last.getExtentEnd(); i < cue; i++) {
            if (Qualifiers.isHan(t.charAt(i))) {
                return null;
            }
        }
        return last;
    }

    /** Whether the clause of a total measures per head (人均可支配收入4.2万元): its parts are no summands. */
    private boolean perHead(String t, Quantity total) {
        String label = t.substring(QuantityScanner.clauseStart(t, total.getStart()), total.getStart());
        return cues.containsAny(PER_HEAD, label);
    }

    /**
     * Where a 其中 list ends: at the first clause mark followed by a verb (…其中高铁370公里，新增高速公路2600公里:
     * 新增 starts a new statement, not another part), else at the sentence end.
     */
    private int listEnd(String t, int from, int sentenceEnd) {
        int end = Math.min(sentenceEnd, from + QuantityScanner.MAX_REACH);
        for (int i = from + 1; i < end - 1; i++) {
            if ("，,；;".indexOf(t.charAt(i)) >= 0) {
                int len = MetricFinder.wordAt(words, t, i + 1, end);
                String pos = words.partOfSpeech(t.substring(i + 1, i + 1 + len));
                if ((pos != null && pos.startsWith("v")) || cues.containsAny(VERB_ROLES, t.substring(i + 1, i + 1 + len))) {
                    return i;
                }
            }
        }
        return end;
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

    /**
     * One claim per base unit of the parts that has a total with the same unit (works counted with their own
     * classifier join a generic count of items: {@link PartEvidence#column}). Parts labelled per head (人均, 每)
     * are no parts; a label with a threshold (超亿元, 10亿元以上) makes the claim nested.
     */
    private void columns(String t, int listStart, List<Quantity> totals, List<Quantity> parts, boolean exhaustive,
                         String cue, List<SumClaim> out, boolean needTwo) {
        Map<String, List<Quantity>> byUnit = new LinkedHashMap<>();
        boolean nested = false;
        Map<String, Integer> labelStart = new HashMap<>();
        int lastStart = parts.stream().mapToInt(Quantity::getExtentStart).max().orElse(listStart);
        int perHeadEnd = cues.firstEndIn(PER_HEAD, t, listStart, Math.max(listStart, lastStart));
        for (Quantity q : parts) {
            String unit = evidence.column(q, totals);
            int from = Math.min(labelStart.getOrDefault(unit, listStart), q.getExtentStart());
            String label = t.substring(from, q.getExtentStart());
            labelStart.put(unit, q.getExtentEnd());
            if (q.getExtentStart() >= listStart && perHeadEnd >= 0 && perHeadEnd <= q.getExtentStart()) {
                continue;
            }
            nested |= cues.containsAny(THRESHOLDS, label);
            byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(q);
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
            if (total == null || (needTwo && e.getValue().size() < 2) || perHead(t, total)) {
                continue;
            }
            group = group == 0 ? nextGroup() : group;
            out.add(new SumClaim(total, e.getValue(), exhaustive, cue, false, group, column++, nested));
        }
    }

    /** The quantities of {@code qs} (in text order) that lie in {@code [from, to)}. */
    static List<Quantity> between(List<Quantity> qs, int from, int to) {
        int lo = 0;
        int hi = qs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (qs.get(mid).getStart() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Quantity> out = new ArrayList<>();
        for (int i = lo; i < qs.size() && qs.get(i).getStart() < to; i++) {
            if (qs.get(i).getEnd() <= to) {
                out.add(qs.get(i));
            }
        }
        return out;
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
