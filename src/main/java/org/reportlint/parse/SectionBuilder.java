package org.reportlint.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.reportlint.facts.Heading;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Section;
import org.reportlint.facts.Span;

/**
 * Builds the section tree from headings: a section runs from its heading to the paragraph before the next
 * heading of the same or a higher level in the same report, or to the report's last paragraph.
 */
final class SectionBuilder {
    private SectionBuilder() {
    }

    static List<Section> build(String source, List<Paragraph> paragraphs, List<Heading> headings) {
        int n = headings.size();
        int[] last = new int[n];
        int[] intro = new int[n];
        int[] children = new int[n];
        Map<Heading, Integer> indexOf = new IdentityHashMap<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            Heading h = headings.get(i);
            int start = h.getParagraph().getIndex();
            while (!open.isEmpty() && (headings.get(open.peek()).getReport() != h.getReport()
                    || headings.get(open.peek()).getLevel() >= h.getLevel())) {
                int k = open.pop();
                last[k] = headings.get(k).getReport() == h.getReport() ? start - 1 : lastOfReport(paragraphs, k,
                        headings);
            }
            indexOf.put(h, i);
            intro[i] = -1;
            if (h.getParent() != null) {
                int p = indexOf.get(h.getParent());
                children[p]++;
                if (intro[p] < 0) {
                    intro[p] = start - 1;
                }
            }
            open.push(i);
        }
        while (!open.isEmpty()) {
            int k = open.pop();
            last[k] = lastOfReport(paragraphs, k, headings);
        }
        List<Section> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Heading h = headings.get(i);
            Paragraph first = h.getParagraph();
            Paragraph end = paragraphs.get(last[i]);
            int from = first.getSpan().getStart();
            int to = end.getSpan().getEnd();
            Section parent = h.getParent() == null ? null : out.get(indexOf.get(h.getParent()));
            int[] range = {first.getIndex(), intro[i] < 0 ? last[i] : intro[i], last[i]};
            out.add(new Section(i, h, parent, range, new int[] {first.getFirstLine(), end.getLastLine()}, children[i],
                    new Span(from, to, source.substring(from, to))));
        }
        return out;
    }

    /** Index of the last paragraph of the report heading {@code k} belongs to. */
    private static int lastOfReport(List<Paragraph> paragraphs, int k, List<Heading> headings) {
        Paragraph p = headings.get(k).getParagraph();
        int i = p.getIndex();
        while (i + 1 < paragraphs.size() && paragraphs.get(i + 1).getReport() == p.getReport()) {
            i++;
        }
        return i;
    }
}
