package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Span;

/**
 * Finds the closed list a count stands right after ({@code 农作物、特色家畜、林草三大领域}, {@code A、B、C和D4个园区}):
 * the 、-items from the start of the clause up to the number, the last one split at 和/及/与. Returns nothing where
 * the stretch is not a flat list of the counted things: an open list (等), figures or counts inside it (nested
 * lists: A、B两县和C区3个), a word between list and count (各, 分别, 达到, 共), items that read as clauses (long,
 * or a verb after the first item), a list of verbs before a figure (新建、改扩建3所), a count that is itself an item
 * of a longer list (A、B两项补贴、C).
 */
final class PrecedingListFinder {
    /** Characters that end the clause a list can run in. */
    private static final String STOPS = "，,；;：:。！？!?\"【】[]";
    /** Closing and opening marks: a quoted or bracketed stretch inside an item is skipped whole. */
    private static final String CLOSE = "”’）)》";
    private static final String OPEN = "“‘（(《";
    private static final String SEPARATORS = "和及与";
    /** Measure words after a numeral inside the list: a nested count (两县, 三个区). */
    private static final String MEASURES = "个类项件大条种张点支篇家所座批级县区市省片园名户";
    /** Cue roles that put a predicate between the list and the figure (分别, 达到, 共, 超过, 约 …). */
    private static final List<String> BETWEEN = List.of("respective", "total", "verb", "level-verb", "up", "down",
            "to", "at-least-before", "at-most-before", "approx-before", "near-before", "base");
    private static final String ET_CETERA = "等";
    static final int MAX_ITEM = 12;
    static final int MAX_STRETCH = 64;

    private final CueTable cues;
    private final WordDictionary words;

    PrecedingListFinder(CueTable cues, WordDictionary words) {
        this.cues = cues;
        this.words = words;
    }

    /** The list that ends at {@code start} (the count's number) and the count that ends at {@code end}, or null. */
    FollowerFinder.Found find(Paragraph p, int sentenceStart, int start, int end) {
        String t = p.getText();
        if (start == 0 || !Qualifiers.isHan(t.charAt(start - 1)) || (end < t.length() && t.charAt(end) == '、')) {
            return null;
        }
        int from = listStart(t, sentenceStart, start);
        if (from < 0 || start - from > MAX_STRETCH || t.substring(from, start).indexOf('、') < 0 || nested(t, from, start)
                || between(t, from, start)) {
            return null;
        }
        Items items = split(t, from, start);
        if (items == null || verbs(t, items.spans())) {
            return null;
        }
        List<Span> spans = new ArrayList<>();
        for (int[] it : items.spans()) {
            spans.add(p.spanOf(it[0], it[1]));
        }
        return new FollowerFinder.Found(spans, "list-before", true, items.max());
    }

    /**
     * Where the clause before {@code start} begins: after the last clause mark, skipping quoted or bracketed
     * stretches whole (“顶青”科技人才); an opening mark with no close ends it too. -1 when a close has no opening.
     */
    private static int listStart(String t, int sentenceStart, int start) {
        int from = start;
        while (from > sentenceStart && STOPS.indexOf(t.charAt(from - 1)) < 0) {
            char c = t.charAt(from - 1);
            if (OPEN.indexOf(c) >= 0) {
                break;
            }
            if (CLOSE.indexOf(c) >= 0) {
                int open = t.lastIndexOf(OPEN.charAt(CLOSE.indexOf(c)), from - 2);
                if (open < sentenceStart) {
                    return -1;
                }
                from = open;
                continue;
            }
            from--;
        }
        return from;
    }

    /** The items in reading order and the count when the last item's 和 may also join two of them. */
    private record Items(List<int[]> spans, int max) {
    }

    /**
     * Items at 、, the last also at a free 和/及/与 when that reads as a list's last join: no other item has one, and
     * the part before it is no longer than the other items and reads as an item of its own ({@link #parallel});
     * otherwise (黄河中游和华北地区生态屏障: a shared head) the split only raises {@code max}. Null when an item is open (等), empty, a bare numeral (a heading's 三、) or a clause.
     */
    private Items split(String t, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int s = from;
        int depth = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? t.charAt(i) : ' ';
            depth += OPEN.indexOf(c) >= 0 ? 1 : CLOSE.indexOf(c) >= 0 ? -1 : 0;
            if (i == to || (c == '、' && depth == 0)) {
                if (i - s < 1 || open(t, s, i) || numeral(t, s, i)) {
                    return null;
                }
                out.add(new int[] {s, i});
                s = i + 1;
            }
        }
        int[] last = out.remove(out.size() - 1);
        int sep = freeSeparator(t, last[0], last[1]);
        boolean joined = out.stream().anyMatch(it -> freeSeparator(t, it[0], it[1]) >= 0);
        int longest = out.stream().skip(1).mapToInt(it -> it[1] - it[0]).max().orElse(MAX_ITEM);
        int cut = sep > 0 && t.startsWith("以及", sep - 1) ? sep - 1 : sep;
        int max = out.size() + (sep > 0 ? 2 : 1);
        if (sep > 0 && !joined && cut - last[0] <= longest && parallel(t, last[0], cut, last[1], out)) {
            out.add(new int[] {last[0], cut});
            out.add(new int[] {sep + 1, last[1]});
        } else {
            out.add(last);
        }
        for (int k = 1; k < out.size(); k++) {
            int[] it = out.get(k);
            if (it[1] - it[0] > MAX_ITEM || it[1] <= it[0] || clause(t, it)) {
                return null;
            }
        }
        return new Items(out, max);
    }

    /**
     * Whether the part before a last 和 ({@code [from, cut)}) is an item of its own: a dictionary word as long as
     * another item (万荣、芮城和运城经济技术开发区; not 制造基地、黄河和华北生态屏障), or it ends like the part after it
     * (科技服务和商务服务) or like another item (西坡县、南河县和…).
     */
    private boolean parallel(String t, int from, int cut, int to, List<int[]> others) {
        int len = cut - from;
        boolean sized = others.size() < 2 || others.stream().skip(1).anyMatch(it -> Math.abs(it[1] - it[0] - len) <= 1);
        if (len >= 2 && sized && words.contains(t.substring(from, cut))) {
            return true;
        }
        char end = t.charAt(cut - 1);
        return end == t.charAt(to - 1) || others.stream().anyMatch(it -> t.charAt(it[1] - 1) == end);
    }

    /** An item with 等 outside a word (A、B等重点领域提出18条): the list is open. */
    private boolean open(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.charAt(i) == '等' && !insideWord(t, i, from, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean numeral(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!ChineseNumerals.isNumeral(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The last 和/及/与 of an item that no dictionary word takes in (和谐, 普及, 参与), or -1. */
    private int freeSeparator(String t, int from, int to) {
        for (int i = to - 2; i > from; i--) {
            if (SEPARATORS.indexOf(t.charAt(i)) >= 0 && !insideWord(t, i, from, to)) {
                return i;
            }
        }
        return -1;
    }

    private boolean insideWord(String t, int k, int from, int to) {
        for (int a = Math.max(from, k - 6); a <= k; a++) {
            for (int b = Math.max(k + 1, a + 2); b <= Math.min(to, a + 8); b++) {
                if (words.contains(t.substring(a, b))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A later item with a change or level verb in it (…遗址先后入选全国年度十大) is a clause, not a name. */
    private boolean clause(String t, int[] it) {
        String s = t.substring(it[0], it[1]);
        return cues.containsAny(List.of("level-verb", "up", "down", "achieved"), s) || s.contains("的");
    }

    /**
     * A figure or a counted numeral inside the stretch: the list nests other counts. Quoted names (“1+N”) and
     * ordinals (第一个) are no counts.
     */
    private static boolean nested(String t, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            depth += OPEN.indexOf(c) >= 0 ? 1 : CLOSE.indexOf(c) >= 0 ? -1 : 0;
            if (c == '第') {
                while (i + 1 < to && ChineseNumerals.isNumeral(t.charAt(i + 1))) {
                    i++;
                }
                continue;
            }
            if (depth > 0) {
                continue;
            }
            if (NumberParser.arabicDigit(c) >= 0) {
                return true;
            }
            if ((ChineseNumerals.digit(c) > 0 || c == '十' || c == '两') && i + 1 < to
                    && MEASURES.indexOf(t.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A cue right before the number: the figure belongs to a predicate of the list (分别, 达到, 共, 超过). */
    private boolean between(String t, int from, int start) {
        for (String role : BETWEEN) {
            if (cues.endingAt(role, t, start, from) != null) {
                return true;
            }
        }
        return "各均共计".indexOf(t.charAt(start - 1)) >= 0;
    }

    /** Every item ending in a verb (新建、改扩建3个, 制定、修改、废止三项; 扩建 in 改扩建): the figure counts what they act on. */
    private boolean verbs(String t, List<int[]> items) {
        for (int[] it : items) {
            int len = MetricFinder.wordEndingAt(words, t, it[1], it[0]);
            String word = t.substring(it[1] - len, it[1]);
            String tail = t.substring(Math.max(it[0], it[1] - 2), it[1]);
            if (!verb(word) && !verb(tail)) {
                return false;
            }
        }
        return true;
    }

    private boolean verb(String w) {
        String pos = words.partOfSpeech(w);
        return cues.has("verb", w) || pos != null && pos.startsWith("v") && !pos.equals("vn");
    }
}
