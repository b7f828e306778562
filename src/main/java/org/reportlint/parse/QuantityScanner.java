package org.reportlint.parse;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.reportlint.data.WordDictionary;
import org.reportlint.facts.Bound;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.Quantity;
import org.reportlint.facts.QuantityKind;
import org.reportlint.facts.Sentence;

/**
 * Finds the figures of a paragraph and makes {@link Quantity} facts of them: a number with a unit from
 * {@code units.tsv}, a range, a percentage, a year, date or period. Numbers that are parts of names are left
 * alone: codes and grades ({@code 5G}, {@code 5A级}, {@code G209}, {@code PM2.5}, {@code 543X}, {@code 1+4+N}),
 * ordinals ({@code 第二十八届}), bare numbers with no unit ({@code 12315}, {@code “415”}, {@code 二十大}), idioms
 * ({@code 千家万户}) and numbered formulae ({@code 四个意识}, {@code 一带一路}).
 */
public final class QuantityScanner {
    static final String CLAUSE_ENDS = "，,；;：:。！？!?、\n";
    /**
     * Farthest a clause boundary is looked for, in characters. The longest clause of 31 provincial reports is 62
     * characters; text without Chinese punctuation (Latin, a table of figures) would otherwise make every figure
     * walk back to the paragraph start.
     */
    static final int MAX_CLAUSE = 200;
    /** Farthest a cue is looked for before a figure within its sentence (the longest sentence of the corpora: 500). */
    static final int MAX_REACH = 1000;
    private static final String MINUS = "-－−";
    private static final List<String> FORMULA_FIRST = List.of("一", "两", "二", "三", "四", "五", "六", "七", "八", "九", "十");

    private final QuantityData data;
    private final UnitTable units;
    private final MetricFinder metrics;
    private Qualifiers qualifiers;

    public QuantityScanner(QuantityData data) {
        this.data = data;
        this.units = data.units();
        this.metrics = new MetricFinder(data);
    }

    private Qualifiers qualifiers() {
        if (qualifiers == null) {
            qualifiers = new Qualifiers(data.cues(), data.words());
        }
        return qualifiers;
    }

    /** The quantities of {@code p}, in text order; {@code sentences} are the paragraph's sentences. */
    public List<Quantity> scan(Paragraph p, List<Sentence> sentences) {
        String t = p.getText();
        List<Draft> drafts = find(t);
        List<int[]> times = new ArrayList<>();
        for (Draft d : drafts) {
            if (isTime(d)) {
                times.add(new int[] {d.extentStart, d.extentEnd});
            }
        }
        List<Quantity> out = new ArrayList<>();
        int prevEnd = 0;
        MetricFinder.Found prevMetric = null;
        for (Draft d : drafts) {
            int clause = clauseStart(t, d.start);
            qualifiers().apply(t, d, Math.max(clause, prevEnd));
            Quantity.Builder b = toBuilder(d, sentenceOf(sentences, d.start));
            if (hasMetric(d)) {
                MetricFinder.Found m = metrics.before(t, d.extentStart, Math.max(clause, prevEnd), times);
                if (m == null && prevMetric != null
                        && metrics.continues(t, prevEnd, d.extentStart)) {
                    m = prevMetric; // 地区生产总值5.2万亿元、增长5.4%: the growth is the same metric's
                }
                prevMetric = m;
                if (m != null) {
                    b.metric(m.canonical(), p.spanOf(m.start(), m.end()));
                }
                if (d.kind == QuantityKind.COUNT) {
                    b.noun(metrics.after(t, d.extentEnd, clauseEnd(t, d.extentEnd)));
                }
                prevEnd = d.extentEnd;
            }
            out.add(b.build());
        }
        return out;
    }

    private static boolean hasMetric(Draft d) {
        return !isTime(d) && d.kind != QuantityKind.DURATION && (d.kind != QuantityKind.OTHER || d.malformed != null);
    }

    private static boolean isTime(Draft d) {
        return d.kind == QuantityKind.YEAR || d.kind == QuantityKind.DATE || d.kind == QuantityKind.PERIOD;
    }

    static int clauseStart(String t, int i) {
        int s = i;
        while (s > 0 && i - s < MAX_CLAUSE && CLAUSE_ENDS.indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        return s;
    }

    static int clauseEnd(String t, int i) {
        int e = i;
        while (e < t.length() && e - i < MAX_CLAUSE && CLAUSE_ENDS.indexOf(t.charAt(e)) < 0) {
            e++;
        }
        return e;
    }

    private static Sentence sentenceOf(List<Sentence> sentences, int at) {
        for (Sentence s : sentences) {
            if (at >= s.getStart() && at < s.getEnd()) {
                return s;
            }
        }
        return sentences.get(sentences.size() - 1);
    }

    private static Quantity.Builder toBuilder(Draft d, Sentence s) {
        return Quantity.builder().at(s, d.start, d.end, d.extentStart, d.extentEnd)
                .value(d.value, d.low, d.high, d.tolerance, d.decimals)
                .unit(d.unitText, d.baseUnit, d.multiplier, d.kind).qualified(d.approximate, d.bound)
                .malformed(d.malformed).chinese(d.chinese).date(d.year, d.month, d.day, d.validDate);
    }

    /** The figures of a text, unqualified: what the number, unit and range say. */
    List<Draft> find(String t) {
        List<Draft> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            if (!mayStart(t.charAt(i))) {
                i++;
                continue;
            }
            int formula = FORMULA_FIRST.contains(String.valueOf(t.charAt(i))) ? data.formulaAt(t, i) : 0;
            if (formula > 0) {
                i += formula;
                continue;
            }
            Draft d = TimeScanner.namedPeriod(t, i);
            if (d == null && (t.startsWith("百分之", i) || t.startsWith("千分之", i))) {
                d = percentWords(t, i);
            }
            int next = i + 1;
            if (d == null) {
                ParsedNumber n = NumberParser.parseAt(t, i);
                if (n != null) {
                    int codeEnd = codeEnd(t, n);
                    d = codeEnd >= 0 || isName(t, n) ? null : numberDraft(t, n);
                    next = Math.max(next, Math.max(codeEnd, n.end()));
                }
            }
            if (d != null) {
                out.add(d);
                next = Math.max(next, d.end);
            }
            i = next;
        }
        return out;
    }

    /** Whether a figure can start with {@code c}: a digit, a Chinese numeral, 数/几/上, or a named period's first. */
    private static boolean mayStart(char c) {
        return NumberParser.arabicDigit(c) >= 0 || ChineseNumerals.isNumeral(c) || "数几上下前第".indexOf(c) >= 0;
    }

    /** The end of the code {@code n} is part of (PM2.5, G209, 5G, 1+4+N), or -1 when it is not in one. */
    private static int codeEnd(String t, ParsedNumber n) {
        int s = n.start();
        boolean code = s > 0 && (isLatin(t.charAt(s - 1)) || t.charAt(s - 1) == '+' || t.charAt(s - 1) == '_'
                || (NumberParser.isDot(t.charAt(s - 1)) && s > 1 && NumberParser.arabicDigit(t.charAt(s - 2)) >= 0));
        int e = n.end();
        code |= e < t.length() && !n.chinese() && (isLatin(t.charAt(e)) || t.charAt(e) == '+')
                && !t.startsWith("m³", e);
        if (!code) {
            return -1;
        }
        int j = e;
        while (j < t.length() && (isLatin(t.charAt(j)) || NumberParser.arabicDigit(t.charAt(j)) >= 0
                || t.charAt(j) == '+' || NumberParser.isDot(t.charAt(j)))) {
            j++;
        }
        return j;
    }

    static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    /** Ordinals (第三) and Chinese numerals that belong to a word (统一, 千家万户, 五位一体). */
    private boolean isName(String t, ParsedNumber n) {
        int s = n.start();
        if (s > 0 && (t.charAt(s - 1) == '第' || t.charAt(s - 1) == '每')) {
            return true;
        }
        if (!n.chinese()) {
            return false;
        }
        if (n.end() - s == 1 && n.value().intValue() <= 1) {
            return true;
        }
        WordDictionary words = data.words();
        if (s > 0 && Qualifiers.isHan(t.charAt(s - 1)) && ChineseNumerals.isNumeral(t.charAt(s))) {
            String pos = words.partOfSpeech(t.substring(s - 1, s + 1));
            if (pos != null && !pos.startsWith("m") && !pos.equals("q")) {
                return true;
            }
        }
        for (int len = Math.min(8, t.length() - s); len > n.end() - s + 1; len--) {
            String pos = words.partOfSpeech(t.substring(s, s + len));
            if (pos != null && (pos.equals("i") || pos.equals("l") || pos.startsWith("n"))) {
                return true;
            }
        }
        return false;
    }

    private Draft percentWords(String t, int i) {
        ParsedNumber n = NumberParser.parseAt(t, i + 3);
        if (n == null) {
            return null;
        }
        boolean permille = t.charAt(i) == '千';
        Draft d = new Draft(i, n.end()).exact(n.value(), n.tolerance(), n.decimals());
        d.chinese = n.chinese();
        return d.unit(t.substring(i, i + 3), permille ? "‰" : "%", BigDecimal.ONE,
                permille ? QuantityKind.PERMILLE : QuantityKind.PERCENT);
    }

    private Draft numberDraft(String t, ParsedNumber n) {
        Draft time = TimeScanner.fromNumber(t, n);
        if (time != null) {
            return time;
        }
        if (t.startsWith("分之", n.end())) {
            return fraction(t, n);
        }
        Draft d = RangeReader.read(t, n, units);
        if (d == null) {
            UnitTable.Unit u = units.longestAt(t, n.end());
            if (u == null) {
                return n.wellFormed() ? null : malformedBare(n);
            }
            d = single(n, u);
        }
        negative(t, d);
        return d;
    }

    static Draft single(ParsedNumber n, UnitTable.Unit u) {
        BigDecimal m = u.multiplier();
        BigDecimal value = NumberParser.normal(n.value().multiply(m));
        Draft d = new Draft(n.start(), n.end() + u.text().length())
                .exact(value, n.tolerance().multiply(m), n.decimals())
                .unit(n.multiplierText() + u.text(), u.base(), NumberParser.normal(n.multiplier().multiply(m)), u.kind());
        d.approximate = n.approximate();
        d.chinese = n.chinese();
        d.malformed = n.malformed();
        if (n.atLeast()) {
            d.bound = Bound.AT_LEAST;
            d.high = n.high() == null ? null : NumberParser.normal(n.high().multiply(m));
        } else if (n.high() != null) {
            d.range(value, NumberParser.normal(n.high().multiply(m)));
        }
        return d;
    }

    private static Draft malformedBare(ParsedNumber n) {
        Draft d = new Draft(n.start(), n.end()).exact(n.value(), n.tolerance(), n.decimals());
        d.malformed = n.malformed();
        return d;
    }

    private Draft fraction(String t, ParsedNumber den) {
        ParsedNumber num = NumberParser.parseAt(t, den.end() + 2);
        if (num == null || den.value().signum() == 0) {
            return null;
        }
        BigDecimal v = NumberParser.normal(num.value().divide(den.value(), MathContext.DECIMAL64));
        Draft d = new Draft(den.start(), num.end()).exact(v, BigDecimal.ZERO, 0)
                .unit("分之", "", BigDecimal.ONE, QuantityKind.RATIO);
        d.chinese = den.chinese();
        return d;
    }

    /** 增长-1.2%: a minus sign right before the figure, not between two numbers. */
    private static void negative(String t, Draft d) {
        int s = d.start;
        if (s > 0 && MINUS.indexOf(t.charAt(s - 1)) >= 0 && (s == 1 || Qualifiers.isHan(t.charAt(s - 2)))) {
            d.start = s - 1;
            d.extentStart = s - 1;
            d.value = d.value.negate();
            d.low = d.low == null ? null : d.low.negate();
            d.high = d.high == null ? null : d.high.negate();
            BigDecimal lo = d.low;
            d.low = d.high;
            d.high = lo;
            if (d.bound == Bound.RANGE) {
                d.value = d.low;
            }
        }
    }
}
