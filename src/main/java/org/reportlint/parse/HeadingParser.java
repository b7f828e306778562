package org.reportlint.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.reportlint.facts.Heading;
import org.reportlint.facts.Paragraph;

/**
 * Recognises headings: a heading paragraph (numbered, bold or a standalone title line) or a prose paragraph
 * that opens with a number marker and a heading sentence ({@code （一）抓住用好……集聚。深入实施……}). Nesting
 * follows the order in which numbering styles appear in each report: a style seen before closes the headings
 * opened after it (its sibling follows); a new style opens a level. Plain title lines nest under the current
 * numbered heading and never contain other headings.
 */
public final class HeadingParser {
    private HeadingParser() {
    }

    /** A heading recognised in a paragraph, before it has a place in the tree. */
    record Candidate(Paragraph paragraph, String style, int ordinal, int[] at, boolean runIn, boolean bold) {
    }

    /** Headings of all reports in reading order; each report's tree starts afresh. */
    public static List<Heading> parse(List<Paragraph> paragraphs) {
        List<Heading> out = new ArrayList<>();
        Tree tree = null;
        for (Paragraph p : paragraphs) {
            if (tree == null || tree.report != p.getReport()) {
                tree = new Tree(p.getReport());
            }
            Candidate c = recognise(p);
            if (c != null) {
                out.add(tree.place(c));
            }
        }
        return out;
    }

    /** The heading paragraph {@code p} is or opens with, or null. */
    static Candidate recognise(Paragraph p) {
        String kind = p.getKind();
        if (!Paragraph.HEADING.equals(kind) && !Paragraph.PROSE.equals(kind)) {
            return null;
        }
        String t = p.getText();
        int pos = skipSpaces(t, 0);
        boolean bold = t.startsWith("**", pos) || t.startsWith("__", pos);
        if (bold) {
            pos = skipSpaces(t, pos + 2);
        } else if (t.startsWith("#", pos)) {
            while (pos < t.length() && t.charAt(pos) == '#') {
                pos++;
            }
            pos = skipSpaces(t, pos);
        }
        HeadingMarkers.Marker m = HeadingMarkers.at(t, pos);
        if (m == null && !Paragraph.HEADING.equals(kind)) {
            return null;
        }
        int titleStart = skipSpaces(t, m == null ? pos : m.end());
        int end = Paragraph.HEADING.equals(kind) ? t.length() : sentenceEnd(t, titleStart);
        int titleEnd = trimTitleEnd(t, titleStart, end);
        boolean runIn = skipSpaces(t, Math.min(t.length(), end + 1)) < t.length() && end < t.length();
        if (titleEnd <= titleStart && m == null) {
            return null;
        }
        int[] at = m == null ? new int[] {titleStart, titleStart, titleStart, titleEnd}
                : new int[] {m.start(), m.end(), titleStart, Math.max(titleStart, titleEnd)};
        return new Candidate(p, m == null ? Heading.PLAIN : m.style(), m == null ? 0 : m.ordinal(), at, runIn, bold);
    }

    private static int skipSpaces(String t, int i) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Offset of the first sentence end mark outside brackets from {@code from}, or the text's length. */
    private static int sentenceEnd(String t, int from) {
        int[] depth = Nesting.depths(t);
        for (int i = from; i < t.length(); i++) {
            if ("。！？!?；;".indexOf(t.charAt(i)) >= 0 && depth[i] == 0) {
                return i;
            }
        }
        return t.length();
    }

    /** End of the title: before trailing spaces, bold marks and a final 。！？ or colon. */
    private static int trimTitleEnd(String t, int from, int end) {
        int e = end;
        while (e > from) {
            char c = t.charAt(e - 1);
            if (Character.isWhitespace(c) || c == '*' || c == '_' || "。！？!?：:".indexOf(c) >= 0) {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    /** The heading tree of one report, built in reading order. */
    private static final class Tree {
        private final Object report;
        private final List<Heading> open = new ArrayList<>();
        private final Map<Heading, Map<String, Heading>> lastChild = new IdentityHashMap<>();
        private final Map<String, Heading> lastTop = new HashMap<>();
        private final Map<Heading, Map<String, Integer>> childCount = new IdentityHashMap<>();
        private final Map<String, Integer> topCount = new HashMap<>();

        Tree(Object report) {
            this.report = report;
        }

        Heading place(Candidate c) {
            if (!Heading.PLAIN.equals(c.style())) {
                for (int k = open.size() - 1; k >= 0; k--) {
                    if (open.get(k).getStyle().equals(c.style())) {
                        open.subList(k, open.size()).clear();
                        break;
                    }
                }
            }
            Heading parent = open.isEmpty() ? null : open.get(open.size() - 1);
            Map<String, Heading> last = parent == null ? lastTop
                    : lastChild.computeIfAbsent(parent, k -> new HashMap<>());
            Map<String, Integer> counts = parent == null ? topCount
                    : childCount.computeIfAbsent(parent, k -> new HashMap<>());
            int sibling = counts.merge(c.style(), 1, Integer::sum) - 1;
            Heading h = new Heading(c.style(), c.ordinal(), open.size() + 1, c.paragraph(), c.at(),
                    new Heading[] {parent, last.get(c.style())}, sibling, c.runIn(), c.bold());
            last.put(c.style(), h);
            if (!Heading.PLAIN.equals(c.style())) {
                open.add(h);
            }
            return h;
        }
    }
}
