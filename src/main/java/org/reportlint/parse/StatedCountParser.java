package org.reportlint.parse;

import java.util.ArrayList;
import java.util.List;
import org.reportlint.facts.Enumeration;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Sentence;
import org.reportlint.facts.Span;
import org.reportlint.facts.StatedCount;

/**
 * Finds stated counts, number + classifier + noun with 2 to {@value #MAX} items ({@code 四类平台}, {@code 4件实事},
 * {@code 十二个方面}, {@code 三大任务}), and looks for the items: a colon list after it, an {@code A、B等N个X} list
 * before it, or, when it announces them (以下, 如下, a final colon, the end of its paragraph), the enumeration or the
 * numbered headings that follow ({@link FollowerFinder}). Congress names (二十大) and numbered formulae are no counts.
 */
final class StatedCountParser {
    static final int MAX = 30;
    private static final String CLASSIFIERS = "个类项件大条种张点支篇";
    private static final String HAN_ONLY = "大点";
    private static final List<String> CONGRESS = List.of("精神", "报告", "以来", "代表", "会议", "召开", "胜利", "和", "、");
    private static final String OPEN_QUOTES = "“‘「『\"";
    private static final int QUOTED_MAX = 12;

    private final QuantityData data;
    private final MetricFinder nouns;

    StatedCountParser(QuantityData data) {
        this.data = data;
        this.nouns = new MetricFinder(data);
    }

    List<StatedCount> parse(List<Paragraph> paragraphs, List<List<Sentence>> sentences, List<Enumeration> enums) {
        List<StatedCount> out = new ArrayList<>();
        FollowerFinder followers = new FollowerFinder(paragraphs, enums, data.cues(),
                new PrecedingListFinder(data.cues(), data.words()));
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Paragraph p = paragraphs.get(pi);
            String t = p.getText();
            for (int i = 0; i < t.length(); i++) {
                char ch = t.charAt(i);
                if (NumberParser.arabicDigit(ch) < 0 && ChineseNumerals.digit(ch) <= 0 && ch != '十') {
                    continue;
                }
                StatedCount c = at(p, pi, i, sentences.get(pi), followers);
                if (c != null) {
                    out.add(c);
                    i += c.getText().length() - 1;
                }
            }
        }
        return out;
    }

    private StatedCount at(Paragraph p, int pi, int i, List<Sentence> sentences, FollowerFinder followers) {
        String t = p.getText();
        char prev = i > 0 ? t.charAt(i - 1) : ' ';
        if (ChineseNumerals.isNumeral(prev) || NumberParser.arabicDigit(prev) >= 0 || "第每前近约".indexOf(prev) >= 0
                || QuantityScanner.isLatin(prev) || NumberParser.isDot(prev)) {
            return null;
        }
        ParsedNumber n = NumberParser.parseAt(t, i);
        if (n == null || n.approximate() || n.value().scale() > 0 || !n.wellFormed() || n.end() >= t.length()) {
            return null;
        }
        int number = n.value().intValue();
        String classifier = classifier(t, n);
        if (number < 2 || number > MAX || classifier == null) {
            return null;
        }
        int nounStart = n.end() + classifier.length();
        String noun = nouns.after(t, nounStart, QuantityScanner.clauseEnd(t, nounStart));
        noun = noun == null ? beforeColon(t, nounStart) : noun;
        noun = noun == null ? quoted(t, nounStart) : noun;
        noun = noun == null && classifier.equals("大类") ? "" : noun; // the noun may follow a count of its own
        if (noun == null || (classifier.equals("大") && (congress(t, i, noun)))) {
            return null;
        }
        int end = nounStart + noun.length();
        boolean setPhrase = data.formulaAt(t, i) > 0 || OPEN_QUOTES.indexOf(prev) >= 0
                && !(definedAfter(t, end) && !afterAnotherName(t, i - 1));
        Sentence s = SumClaimParser.sentenceAt(sentences, i);
        FollowerFinder.Found f = setPhrase ? null : followers.find(p, pi, i, end, s, number);
        return new StatedCount(number, classifier, noun, p.spanOf(i, end), s, f == null ? null : f.items(),
                f == null ? null : f.style(), setPhrase, f != null && f.closed(), f == null ? -1 : f.maxCount());
    }

    /** Whether a quoted count is defined by a colon list right after its closing quote (建成“四大平台”：A、B、C). */
    private static boolean definedAfter(String t, int end) {
        return end + 1 < t.length() && (t.charAt(end) == '”' || t.charAt(end) == '’')
                && (t.charAt(end + 1) == '：' || t.charAt(end + 1) == ':');
    }

    /** Whether the quote opening at {@code open} follows another quoted name (“三大高地”“五大战略”：one list for both). */
    private static boolean afterAnotherName(String t, int open) {
        return open > 0 && (t.charAt(open - 1) == '”' || t.charAt(open - 1) == '’');
    }

    /** A quoted name right after the classifier (三个“1小时交通圈”), quotes included; or null. */
    private static String quoted(String t, int nounStart) {
        if (nounStart >= t.length() || t.charAt(nounStart) != '“') {
            return null;
        }
        int close = t.indexOf('”', nounStart);
        return close > nounStart + 1 && close - nounStart <= QUOTED_MAX ? t.substring(nounStart, close + 1) : null;
    }

    /** The words between a classifier and a colon close after it (四类创新平台：): the noun of a list to come. */
    private static String beforeColon(String t, int nounStart) {
        int end = QuantityScanner.clauseEnd(t, nounStart);
        boolean colon = end < t.length() && (t.charAt(end) == '：' || t.charAt(end) == ':');
        if (!colon || end - nounStart < 1 || end - nounStart > 8) {
            return null;
        }
        for (int i = nounStart; i < end; i++) {
            if (!Qualifiers.isHan(t.charAt(i))) {
                return null;
            }
        }
        return t.substring(nounStart, end);
    }

    private static String classifier(String t, ParsedNumber n) {
        if (t.startsWith("方面", n.end())) {
            return "方面";
        }
        char c = t.charAt(n.end());
        if (c == '大' && t.startsWith("类", n.end() + 1) && n.chinese()) {
            return "大类"; // 五大类指标, 五大类23个指标: 类 is the classifier, 大 its intensifier
        }
        if (CLASSIFIERS.indexOf(c) < 0 || (HAN_ONLY.indexOf(c) >= 0 && !n.chinese())) {
            return null;
        }
        return String.valueOf(c);
    }

    /** 党的二十大, 二十大精神, 十九大以来: an ordinal congress, not a count of great things. */
    private static boolean congress(String t, int i, String noun) {
        return t.startsWith("的", i - 1) || CONGRESS.stream().anyMatch(noun::startsWith);
    }

    /** Spans of the items of a list text {@code [from, to)} split at {@code sep}. */
    static List<Span> items(Paragraph p, int from, int to, String seps) {
        List<Span> out = new ArrayList<>();
        String t = p.getText();
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || seps.indexOf(t.charAt(i)) >= 0) {
                int a = s;
                int b = i;
                while (a < b && Character.isWhitespace(t.charAt(a))) {
                    a++;
                }
                if (b > a) {
                    out.add(p.spanOf(a, b));
                }
                s = i + 1;
            }
        }
        return out;
    }
}
