package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.reportlint.facts.Quantity;
import org.reportlint.facts.Sentence;
import org.reportlint.facts.SumClaim;

/**
 * Infers a breakdown from parallel sentences: a sentence with two or more totals in different units (2000个项目,
 * 年度计划投资3470.6亿元) followed by at least two sentences that each give a smaller figure for at least two of
 * the same columns (产业项目1075个、计划投资1743.3亿元 …). A column is a base unit and the head of the figure's
 * noun or metric (项目, 投资). The claims are {@code inferred} and never exhaustive: whether the rows cover the
 * total is for a rule to weigh (e.g. one column adding up exactly while another does not).
 */
final class ParallelSumFinder {
    private final IntSupplier groups;

    ParallelSumFinder(IntSupplier groups) {
        this.groups = groups;
    }

    List<SumClaim> find(List<Sentence> sentences, List<Quantity> figures) {
        List<SumClaim> out = new ArrayList<>();
        int i = 0;
        while (i < sentences.size()) {
            List<Quantity> totals = in(figures, sentences.get(i));
            List<List<Quantity>> rows = new ArrayList<>();
            List<Quantity> columns = totals.size() >= 2 ? rows(sentences, i, figures, totals, rows) : List.of();
            if (rows.size() >= 2 && columns.size() >= 2) {
                int group = groups.getAsInt();
                for (int c = 0; c < columns.size(); c++) {
                    final int col = c;
                    out.add(new SumClaim(columns.get(c), rows.stream().map(r -> r.get(col)).toList(), false, "",
                            true, group, c));
                }
                i += rows.size() + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static List<Quantity> in(List<Quantity> figures, Sentence s) {
        return SumClaimParser.between(figures, s.getStart(), s.getEnd());
    }

    /** Collects the rows after sentence {@code i}; returns the totals that every row matched (the columns). */
    private static List<Quantity> rows(List<Sentence> sentences, int i, List<Quantity> figures, List<Quantity> totals,
                                       List<List<Quantity>> rows) {
        List<Quantity> columns = null;
        for (int j = i + 1; j < sentences.size(); j++) {
            List<Quantity> row = in(figures, sentences.get(j));
            List<Quantity> chosenTotals = new ArrayList<>();
            List<Quantity> cells = new ArrayList<>();
            for (Quantity cell : row) {
                Quantity total = bestTotal(totals, cell);
                if (total != null && !chosenTotals.contains(total) && cell.getValue().compareTo(total.getValue()) < 0) {
                    chosenTotals.add(total);
                    cells.add(cell);
                }
            }
            if (chosenTotals.size() < 2 || (columns != null && !(chosenTotals.size() == columns.size()
                    && chosenTotals.containsAll(columns)))) {
                break;
            }
            columns = columns == null ? chosenTotals : columns;
            List<Quantity> aligned = new ArrayList<>();
            for (Quantity total : columns) {
                aligned.add(cells.get(chosenTotals.indexOf(total)));
            }
            rows.add(aligned);
        }
        return columns == null ? List.of() : columns;
    }

    /** The total of the same unit whose noun or metric shares the longest ending (at least the head) with the cell's. */
    private static Quantity bestTotal(List<Quantity> totals, Quantity cell) {
        Quantity best = null;
        int bestLen = 1;
        String key = key(cell);
        for (Quantity t : totals) {
            if (!t.getBaseUnit().equals(cell.getBaseUnit()) || t.getKind() != cell.getKind() || key == null) {
                continue;
            }
            String tk = key(t);
            int common = tk == null ? 0 : commonSuffix(tk, key);
            if (common > bestLen) {
                best = t;
                bestLen = common;
            }
        }
        return best;
    }

    private static String key(Quantity q) {
        return q.getNoun() != null && q.getNoun().length() >= 2 ? q.getNoun() : q.getMetricText();
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }
}
