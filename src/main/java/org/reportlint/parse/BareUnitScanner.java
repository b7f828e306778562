package org.reportlint.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.reportlint.facts.BareUnit;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.QuantityKind;

/**
 * Finds units with no number before them: a rate unit (%, ‰, 个百分点) after a character that is no digit or
 * numeral ({@code 增长%}), and a numeral multiplier with its unit ({@code 亿元}, {@code 万人}) right after a change or
 * level verb ({@code 稳定在亿元}). 成 (tenths) is left alone: it ends too many words (完成, 形成).
 */
final class BareUnitScanner {
    private static final String MULTIPLIERS = "万亿";
    private static final String CLAUSE_MARKS = "，,。；;、：:！？）)";
    private static final List<String> VERB_ROLES = List.of("up", "down", "level-verb");
    private static final List<String> QUALIFIER_ROLES = List.of("approx-after", "at-least-after", "at-most-after");

    private final UnitTable units;
    private final CueTable cues;

    BareUnitScanner(QuantityData data) {
        this.units = data.units();
        this.cues = data.cues();
    }

    List<BareUnit> scan(Paragraph p) {
        String t = p.getText();
        List<BareUnit> out = new ArrayList<>();
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '%' && c != '％' && c != '‰' && c != '个' && c != '百' && MULTIPLIERS.indexOf(c) < 0) {
                continue;
            }
            int end = unitEnd(t, i);
            if (end < 0) {
                continue;
            }
            if (numberBefore(t, i)) {
                i = end - 1;
                continue;
            }
            UnitTable.Unit u = units.longestAt(t, MULTIPLIERS.indexOf(c) >= 0 ? i + 1 : i);
            String verb = verbBefore(t, i);
            out.add(new BareUnit(p.spanOf(i, end), t.substring(i, end), u.kind(), verb, inProse(t, end)));
            i = end - 1;
        }
        return out;
    }

    /** The end of a rate unit or of a multiplier + additive unit starting at {@code i}, or -1. */
    private int unitEnd(String t, int i) {
        char c = t.charAt(i);
        if (MULTIPLIERS.indexOf(c) >= 0) {
            UnitTable.Unit u = units.longestAt(t, i + 1);
            boolean additive = u != null && (u.kind() == QuantityKind.AMOUNT || u.kind() == QuantityKind.COUNT
                    || u.kind() == QuantityKind.MEASURE);
            return additive && u.text().length() >= 1 && Qualifiers.isHan(u.text().charAt(0))
                    ? i + 1 + u.text().length() : -1;
        }
        UnitTable.Unit u = units.longestAt(t, i);
        boolean rate = u != null && u.multiplier().compareTo(BigDecimal.ONE) == 0 && (u.kind() == QuantityKind.PERCENT
                || u.kind() == QuantityKind.PERMILLE || u.kind() == QuantityKind.PERCENTAGE_POINTS);
        return rate ? i + u.text().length() : -1;
    }

    /** Whether a number (digits, a numeral, 几, 数, 余, 多) or a code ends right before {@code i}. */
    private static boolean numberBefore(String t, int i) {
        char b = t.charAt(i - 1);
        return NumberParser.arabicDigit(b) >= 0 || ChineseNumerals.isNumeral(b) || "几数余多两半十百千零〇.．"
                .indexOf(b) >= 0 || QuantityScanner.isLatin(b) || Character.isWhitespace(b) || "（(“\"《".indexOf(b) >= 0;
    }

    private String verbBefore(String t, int i) {
        for (String role : VERB_ROLES) {
            String w = cues.endingAt(role, t, i, Math.max(0, i - 6));
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    private boolean inProse(String t, int end) {
        if (end >= t.length()) {
            return false;
        }
        char a = t.charAt(end);
        return CLAUSE_MARKS.indexOf(a) >= 0 || Qualifiers.isHan(a)
                || QUALIFIER_ROLES.stream().anyMatch(r -> cues.startingAt(r, t, end) != null);
    }
}
