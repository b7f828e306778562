package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.facts.Enumeration;
import org.reportlint.facts.EnumerationItem;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Sentence;
import org.reportlint.facts.Span;

/**
 * Finds the items a stated count announces: a list after a colon (split at ；, else at 、), the 、-list before
 * {@code 等N个}, a closed list right before the count ({@link PrecedingListFinder}), the next enumeration (一是…), or the numbered headings of the following paragraphs
 * ({@code （一）…（十二）}, stopping at a higher-level heading or a restart at one).
 */
final class FollowerFinder {
    /** Heading markers by level: 一、 (1), （一） (2), 1. (3), （1） (4). */
    private static final Pattern[] LEVELS = {
        Pattern.compile("^\\s*([一二三四五六七八九十]+)[、.．]"),
        Pattern.compile("^\\s*[（(]([一二三四五六七八九十]+)[)）]"),
        Pattern.compile("^\\s*(\\d{1,2})[.．、](?!\\d)"),
        Pattern.compile("^\\s*[（(](\\d{1,2})[)）]"),
    };
    /** Cue roles: words that point to what follows (以下, 如下), and plan verbs that announce work (抓好, 做好). */
    private static final List<String> POINTERS = List.of("announce");
    private static final List<String> PLAN_VERBS = List.of("announce-verb");

    /**
     * @param closed   whether the list is complete as written: no 等 after it, a colon list whose items are clean,
     *                 an enumeration within one paragraph, headings ended by a higher-level heading
     * @param maxCount the count when the last item of a 、-list is split at 和/及/与 (科技创新和开放合作); else the size
     */
    record Found(List<Span> items, String style, boolean closed, int maxCount) {
        Found(List<Span> items, String style, boolean closed) {
            this(items, style, closed, items.size());
        }
    }

    private static final String ET_CETERA = "等";
    private static final int MAX_ITEM = 16;

    private final List<Paragraph> paragraphs;
    private final List<Enumeration> enums;

    private final CueTable cues;
    private final PrecedingListFinder preceding;

    FollowerFinder(List<Paragraph> paragraphs, List<Enumeration> enums, CueTable cues, PrecedingListFinder preceding) {
        this.cues = cues;
        this.preceding = preceding;
        this.paragraphs = paragraphs;
        this.enums = enums;
    }

    Found find(Paragraph p, int pi, int start, int end, Sentence s, int number) {
        String t = p.getText();
        int colon = colonAfter(t, end);
        if (colon >= 0) {
            Found inline = enumerationAfter(p, colon);
            if (inline != null) {
                return inline;
            }
            int stop = t.indexOf('。', colon);
            stop = stop < 0 ? t.length() : stop;
            String seps = t.substring(colon, stop).matches("(?s).*[；;].*") ? "；;" : "、";
            List<Span> items = StatedCountParser.items(p, colon, stop, seps);
            if (!items.isEmpty() && stop > colon) {
                return colonList(items, seps);
            }
        }
        if (start > 0 && t.charAt(start - 1) == '等') {
            int from = start - 1;
            while (from > 0 && start - from < QuantityScanner.MAX_CLAUSE && "，,；;：:。".indexOf(t.charAt(from - 1)) < 0) {
                from--;
            }
            List<Span> items = StatedCountParser.items(p, from, start - 1, "、");
            if (items.size() >= 2) {
                return new Found(items, "preceding", false);
            }
        }
        Found listed = preceding.find(p, s.getStart(), start, end);
        if (listed != null) {
            return listed;
        }
        String before = t.substring(Math.max(s.getStart(), start - QuantityScanner.MAX_REACH), start);
        boolean announces = cues.containsAny(POINTERS, before) || colon >= 0
                || closesParagraph(t, end) && cues.containsAny(PLAN_VERBS, before);
        return announces ? later(p, pi, end) : null;
    }

    /**
     * A colon list is closed when it does not end in 等 and, split at 、, its items are short phrases without a
     * comma (a sentence after the colon is no list to count).
     */
    private static Found colonList(List<Span> items, String seps) {
        String last = items.get(items.size() - 1).getText().strip();
        boolean etc = last.endsWith(ET_CETERA) || last.contains(ET_CETERA + ET_CETERA) || last.endsWith("等等");
        boolean clean = !seps.equals("、") || items.stream().allMatch(i -> i.getText().length() <= MAX_ITEM
                && i.getText().chars().noneMatch(c -> "，,".indexOf(c) >= 0));
        int max = items.size();
        if (seps.equals("、")) {
            String l = last;
            for (int i = 2; i < l.length() - 1; i++) {
                if ("和及与".indexOf(l.charAt(i)) >= 0) {
                    max++;
                    break;
                }
            }
        }
        return new Found(items, "colon", clean && !etc, max);
    }

    /**
     * Whether the count ends its paragraph but for a few characters (重点抓好八个方面工作。, 八个方面的工作。); with a
     * plan verb before it (抓好, 做好) it announces what follows, without one (十方面民生实事圆满完成。) it states a result.
     */
    private static boolean closesParagraph(String t, int end) {
        String rest = t.substring(end).replaceAll("[\\s。：:！!]", "");
        return rest.length() <= 3;
    }

    private static int colonAfter(String t, int end) {
        for (int i = end; i < Math.min(t.length(), end + 8); i++) {
            char c = t.charAt(i);
            if (c == '：' || c == ':') {
                return i + 1;
            }
            if ("，,。；;".indexOf(c) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    private Found enumerationAfter(Paragraph p, int from) {
        for (Enumeration e : enums) {
            EnumerationItem first = e.getItems().get(0);
            if (first.getParagraph() == p && first.getSpan().getStart() >= p.spanOf(from, from).getStart()
                    && first.getOrdinal() == 1) {
                return new Found(e.getItems().stream().map(EnumerationItem::getSpan).toList(), "enumeration",
                        !e.isAcrossParagraphs());
            }
        }
        return null;
    }

    /** The enumeration or numbered headings that start in the next paragraph. */
    private Found later(Paragraph p, int pi, int end) {
        Found inline = enumerationAfter(p, end);
        if (inline != null) {
            return inline;
        }
        if (pi + 1 >= paragraphs.size()) {
            return null;
        }
        Paragraph next = paragraphs.get(pi + 1);
        for (Enumeration e : enums) {
            if (e.getItems().get(0).getParagraph() == next && e.getItems().get(0).getOrdinal() == 1
                    && e.isAcrossParagraphs()) {
                return new Found(e.getItems().stream().map(EnumerationItem::getSpan).toList(), "enumeration",
                        false);
            }
        }
        return headings(pi + 1);
    }

    private Found headings(int from) {
        int level = levelOf(paragraphs.get(from));
        if (level < 0 || ordinal(paragraphs.get(from), level) != 1) {
            return null;
        }
        List<Span> items = new ArrayList<>();
        boolean closed = false;
        for (int j = from; j < paragraphs.size(); j++) {
            Paragraph h = paragraphs.get(j);
            int l = levelOf(h);
            if (l >= 0 && l < level) {
                closed = true;
                break;
            }
            if (l == level) {
                if (!items.isEmpty() && ordinal(h, level) == 1) {
                    closed = true;
                    break;
                }
                Matcher m = LEVELS[level].matcher(h.getText());
                m.find();
                items.add(h.spanOf(m.start(), Math.min(h.getLength(), QuantityScanner.clauseEnd(h.getText(), m.end()))));
            }
        }
        return new Found(items, "headings", closed);
    }

    private static int levelOf(Paragraph p) {
        for (int l = 0; l < LEVELS.length; l++) {
            if (LEVELS[l].matcher(p.getText()).find()) {
                return l;
            }
        }
        return -1;
    }

    private static int ordinal(Paragraph p, int level) {
        Matcher m = LEVELS[level].matcher(p.getText());
        if (!m.find()) {
            return -1;
        }
        String g = m.group(1);
        if (Character.isDigit(g.charAt(0))) {
            return Integer.parseInt(g);
        }
        ChineseNumerals.Value v = ChineseNumerals.parse(g);
        return v == null ? -1 : v.value().intValue();
    }
}
