package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Quantity;
import org.reportlint.facts.QuantityKind;
import org.reportlint.facts.RespectiveList;
import org.reportlint.facts.Sentence;
import org.reportlint.facts.Span;

/**
 * Finds {@code A、B、C分别…x、y、z}: the subjects are the 、/和/及/与-separated items of the clause before 分别, the
 * values the figures after it that follow one another with only a list separator between them. 分别 with no
 * figure after it (分别获评…) gives nothing.
 */
final class RespectiveListParser {
    private static final String CLAUSE_ENDS = "，,；;：:。！？!?";
    private static final String LIST_SEPARATORS = "、和及与";

    private final CueTable cues;

    RespectiveListParser(CueTable cues) {
        this.cues = cues;
    }

    List<RespectiveList> parse(Paragraph p, List<Quantity> qs) {
        String t = p.getText();
        List<RespectiveList> out = new ArrayList<>();
        for (int w = t.indexOf("分别"); w >= 0; w = t.indexOf("分别", w + 2)) {
            List<Quantity> values = values(t, qs, w + 2);
            if (values.isEmpty()) {
                continue;
            }
            int from = clauseStart(t, w);
            int to = w;
            if (onlyBase(t, from, w) && from > 1) {
                from = clauseStart(t, from - 1);
                int earlier = t.lastIndexOf("分别", w - 1);
                to = earlier >= from ? earlier : w;
            }
            from = skipLead(t, from, to);
            List<int[]> items = subjects(t, from, to);
            if (items.isEmpty()) {
                continue;
            }
            List<int[]> clauses = items.size() == 1 ? figureClauses(t, qs, from, w) : List.of();
            if (clauses.size() >= 2) { // 接待游客5800万人次，实现旅游收入680亿元，分别增长…
                // an earlier clause may only set the scene: never more subjects than values from clauses
                items = new ArrayList<>(clauses.subList(Math.max(0, clauses.size() - values.size()), clauses.size()));
                from = clauses.get(0)[0];
            }
            int listed = items.size();
            if (clauses.size() < 2) {
                split(t, items.remove(items.size() - 1), items);
            }
            List<Span> subjects = items.stream().map(it -> p.spanOf(it[0], it[1])).toList();
            Quantity last = values.get(values.size() - 1);
            String verb = t.substring(w + 2, values.get(0).getExtentStart()).strip();
            Sentence s = values.get(0).getSentence();
            out.add(new RespectiveList(subjects, values, verb, p.spanOf(from, last.getExtentEnd()), s, listed));
        }
        return out;
    }

    private static int clauseStart(String t, int i) {
        int from = i;
        while (from > 0 && i - from < QuantityScanner.MAX_CLAUSE && CLAUSE_ENDS.indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        return from;
    }

    /** 较2019年, 同比: a clause that is only a comparison base names no subject. */
    private boolean onlyBase(String t, int from, int to) {
        String c = t.substring(from, to).strip();
        return c.isEmpty() || cues.has("base", c)
                || (cues.has("base-prefix", c.substring(0, 1)) && c.endsWith("年") && c.length() <= 7);
    }

    /** 预计, 确保, 实现, 全市: words that open the clause are not part of the first subject. */
    private int skipLead(String t, int from, int to) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (String role : new String[] {"lead", "target", "expected", "verb"}) {
                String w = cues.startingAt(role, t, from);
                if (w != null && from + w.length() < to - 1) {
                    from += w.length();
                    moved = true;
                }
            }
        }
        return from;
    }

    /** The first figure in the clause after 分别 and those that follow it as a list. */
    private static List<Quantity> values(String t, List<Quantity> qs, int from) {
        List<Quantity> out = new ArrayList<>();
        int clauseEnd = from;
        while (clauseEnd < t.length() && CLAUSE_ENDS.indexOf(t.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        for (Quantity q : qs) {
            if (q.getStart() < from) {
                continue;
            }
            if (out.isEmpty()) {
                if (q.getStart() >= clauseEnd) {
                    break;
                }
                out.add(q);
                continue;
            }
            Quantity prev = out.get(out.size() - 1);
            String gap = t.substring(prev.getExtentEnd(), q.getExtentStart()).strip();
            if (gap.length() > 2 || gap.isEmpty() || LIST_SEPARATORS.indexOf(gap.charAt(0)) < 0
                    || !sameFamily(prev, q)) {
                break;
            }
            out.add(q);
        }
        return out;
    }

    /** Values of one list: the same unit, or additive figures in different units (7000万吨、10亿立方米). */
    private static boolean sameFamily(Quantity a, Quantity b) {
        return a.getBaseUnit().equals(b.getBaseUnit()) || additive(a) && additive(b);
    }

    private static boolean additive(Quantity q) {
        return q.getKind() == QuantityKind.AMOUNT || q.getKind() == QuantityKind.COUNT
                || q.getKind() == QuantityKind.MEASURE;
    }

    /**
     * When 分别 opens a clause after clauses that each end with an amount, count or measure (接待游客5800万人次，
     * 实现旅游收入680亿元，分别增长…), those clauses, in text order: each figure is a subject. Empty otherwise.
     */
    private static List<int[]> figureClauses(String t, List<Quantity> qs, int from, int w) {
        List<int[]> out = new ArrayList<>();
        int end = w - 1;
        int start = clauseStart(t, from);
        while (end > 0 && t.charAt(end) == '，' && endsWithFigure(t, qs, start, end)) {
            out.add(0, new int[] {start, end});
            if (start < 2 || t.charAt(start - 1) != '，') {
                break;
            }
            end = start - 1;
            start = clauseStart(t, end);
        }
        return out;
    }

    private static boolean endsWithFigure(String t, List<Quantity> qs, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        for (Quantity q : qs) {
            if (q.getExtentEnd() == e && q.getExtentStart() > start && additive(q)) {
                return true;
            }
        }
        return false;
    }

    /** The 、-separated items of {@code [from, to)} as paragraph offsets. */
    private static List<int[]> subjects(String t, int from, int to) {
        List<int[]> items = new ArrayList<>();
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || t.charAt(i) == '、') {
                if (i > s) {
                    items.add(new int[] {s, i});
                }
                s = i + 1;
            }
        }
        return items;
    }

    /** Adds the last item, split once more at 和/及/与 when both sides are words. */
    private static void split(String t, int[] item, List<int[]> items) {
        for (int i = item[0] + 2; i < item[1] - 2; i++) {
            if (LIST_SEPARATORS.indexOf(t.charAt(i)) > 0) {
                items.add(new int[] {item[0], i});
                items.add(new int[] {i + 1, item[1]});
                return;
            }
        }
        items.add(item);
    }
}
