package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.facts.Enumeration;
import org.reportlint.facts.EnumerationItem;
import org.reportlint.facts.Paragraph;

/**
 * Finds inline enumerators (一是/二是, 第一，/第二，, 首先/其次/再次/最后, ①②, (1)(2), （一）（二）, 1. 2.) and groups
 * them into {@link Enumeration}s: within a paragraph, or across consecutive paragraphs that each open with one
 * (一是… / 二是… paragraphs). A marker at a paragraph start that is the only one of its style there is a heading
 * or list item, left to the heading parser, except for the prose styles 一是, 第一 and 首先.
 */
public final class EnumerationParser {
    private static final String HAN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern MARKER = Pattern.compile("(?<shi>" + HAN + ")是|第(?<di>" + HAN + ")(?=[，,、：:是])"
            + "|(?<order>首先|其次|再次|最后)(?=[，,])|(?<circled>[①-⑳])|[（(](?<paren>\\d{1,2})[)）]"
            + "|[（(](?<parenhan>" + HAN + ")[)）]|(?<arabic>\\d{1,2})[.．、](?!\\d)");
    private static final String CLAUSE_START = "，,；;：:。！？!?”）) \u3000\t";
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]"
            + "|第[一二三四五六七八九十]+[部章节篇])");

    private record Marker(String style, int ordinal, int start, int end) {
    }

    private EnumerationParser() {
    }

    /** Enumerations and their items, for the paragraphs of one document in order. */
    public static List<Object> parse(List<Paragraph> paragraphs) {
        List<Object> out = new ArrayList<>();
        Chain across = null;
        for (Paragraph p : paragraphs) {
            List<Marker> markers = markers(p.getText());
            if (HEADING.matcher(p.getText()).find() || p.getText().codePointCount(0, p.getLength()) < 24
                    && markers.isEmpty()) {
                across = flush(across, out);
            }
            List<Marker> inline = new ArrayList<>();
            boolean continuing = continues(across, markers, leadingSpace(p.getText()));
            for (Marker m : markers) {
                boolean lead = m.start() == leadingSpace(p.getText());
                boolean alone = markers.stream().filter(o -> o.style().equals(m.style())).count() == 1;
                if (continuing && m.style().equals(across.style)) {
                    continuing = m.ordinal() != 1;
                    if (continuing) {
                        across.add(p, m);
                    } else {
                        inline.add(m);
                    }
                } else if (lead && alone && isProse(m.style())) {
                    if (across != null && (!across.style.equals(m.style()) || m.ordinal() == 1)) {
                        across = flush(across, out);
                    }
                    across = across == null ? new Chain(m.style(), true) : across;
                    across.add(p, m);
                } else if (!(lead && alone)) {
                    inline.add(m);
                }
            }
            inlineChains(p, inline, out);
        }
        flush(across, out);
        return out;
    }

    /**
     * Whether a paragraph that opens with several markers of the chain's style carries the chain on (二是…；三是… after
     * a paragraph 一是…): its markers up to a restart at 1 (a nested list: 二是…：一是…；二是…) join the chain.
     */
    private static boolean continues(Chain across, List<Marker> markers, int lead) {
        if (across == null || markers.isEmpty() || markers.get(0).start() != lead) {
            return false;
        }
        Marker first = markers.get(0);
        int last = across.items.get(across.items.size() - 1).getOrdinal();
        return first.style().equals(across.style) && first.ordinal() == last + 1;
    }

    private static boolean isProse(String style) {
        return style.equals("shi") || style.equals("di") || style.equals("order");
    }

    private static int leadingSpace(String t) {
        int i = 0;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void inlineChains(Paragraph p, List<Marker> markers, List<Object> out) {
        for (String style : List.of("shi", "di", "order", "circled", "paren", "parenhan", "arabic")) {
            Chain c = null;
            for (Marker m : markers) {
                if (!m.style().equals(style)) {
                    continue;
                }
                if (c != null && m.ordinal() == 1) {
                    c = flush(c, out);
                }
                c = c == null ? new Chain(style, false) : c;
                c.add(p, m);
            }
            flush(c, out);
        }
    }

    private static Chain flush(Chain c, List<Object> out) {
        if (c != null && (c.items.size() > 1 || c.across || c.style.equals("shi"))) {
            Enumeration e = new Enumeration(c.style, c.items, c.across);
            out.add(e);
            out.addAll(c.items);
        }
        return null;
    }

    static List<Marker> markers(String t) {
        List<Marker> out = new ArrayList<>();
        Matcher m = MARKER.matcher(t);
        while (m.find()) {
            int s = m.start();
            boolean clauseStart = s == 0 || CLAUSE_START.indexOf(t.charAt(s - 1)) >= 0;
            Marker k = marker(m);
            if (k == null || k.ordinal() <= 0) {
                continue;
            }
            boolean anywhere = k.style().equals("circled") || k.style().startsWith("paren");
            if (anywhere ? s == 0 || NumberParser.arabicDigit(t.charAt(s - 1)) < 0 : clauseStart) {
                out.add(k);
            }
        }
        return out;
    }

    private static Marker marker(Matcher m) {
        String[] styles = {"shi", "di", "order", "circled", "paren", "parenhan", "arabic"};
        for (String style : styles) {
            String g = m.group(style);
            if (g != null) {
                return new Marker(style, ordinal(style, g), m.start(), m.end());
            }
        }
        return null;
    }

    private static int ordinal(String style, String g) {
        return switch (style) {
            case "shi", "di", "parenhan" -> {
                ChineseNumerals.Value v = ChineseNumerals.parse(g);
                yield v == null ? -1 : v.value().intValue();
            }
            case "order" -> switch (g) {
                case "首先" -> 1;
                case "其次" -> 2;
                case "再次" -> 3;
                default -> Integer.MAX_VALUE;
            };
            case "circled" -> g.charAt(0) - '①' + 1;
            default -> Integer.parseInt(g);
        };
    }

    /** Items of one enumeration being collected. */
    private static final class Chain {
        final String style;
        final boolean across;
        final List<EnumerationItem> items = new ArrayList<>();

        Chain(String style, boolean across) {
            this.style = style;
            this.across = across;
        }

        void add(Paragraph p, Marker m) {
            EnumerationItem before = items.isEmpty() ? null : items.get(items.size() - 1);
            int prev = before == null ? 0 : before.getOrdinal();
            int ordinal = m.ordinal() == Integer.MAX_VALUE ? prev + 1 : m.ordinal();
            String text = p.getText().substring(m.start(), m.end());
            items.add(new EnumerationItem(text, ordinal, prev, items.size(), p.spanOf(m.start(), m.end()), p, style,
                    before == null ? null : before.getMarker(), expected(text, prev + 1)));
        }

        /** {@code text} renumbered to {@code n} in its own style: 四是 → 三是, (4) → (3), ④ → ③, 再次 → 其次. */
        private String expected(String text, int n) {
            return switch (style) {
                case "shi", "di", "parenhan" -> text.replaceFirst(HAN, ChineseNumerals.format(n));
                case "order" -> n == 1 ? "首先" : n == 2 ? "其次" : n == 3 ? "再次" : text;
                case "circled" -> n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : text;
                default -> text.replaceFirst("\\d{1,2}", String.valueOf(n));
            };
        }
    }
}
