package org.reportlint.parse;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Reads a range that begins with a number: {@code 5%—6%}, {@code 5-6%}, {@code 3个—5个}, {@code 3—5个},
 * {@code 10万至20万元}, {@code 3-5万元} (the low end takes the high end's multiplier when it has none).
 * Both ends need the same base unit; the unit after the high end is required.
 */
final class RangeReader {
    private RangeReader() {
    }

    static Draft read(String t, ParsedNumber n, UnitTable units) {
        UnitTable.Unit u1 = units.longestAt(t, n.end());
        int p = u1 == null ? n.end() : n.end() + u1.text().length();
        if (p + 1 >= t.length() || TimeScanner.RANGE_SEPARATORS.indexOf(t.charAt(p)) < 0) {
            return null;
        }
        ParsedNumber m = NumberParser.parseAt(t, p + 1);
        if (m == null || m.chinese() != n.chinese() || !m.wellFormed()) {
            return null;
        }
        UnitTable.Unit u2 = units.longestAt(t, m.end());
        if (u2 == null || (u1 != null && !u1.base().equals(u2.base()))) {
            return null;
        }
        BigDecimal lowNumber = n.value();
        if (u1 == null && n.multiplierText().isEmpty() && !m.multiplierText().isEmpty()) {
            lowNumber = lowNumber.multiply(m.multiplier());
        }
        BigDecimal mult = u2.multiplier();
        if (u1 != null && u1.multiplier().compareTo(mult) != 0) {
            lowNumber = lowNumber.multiply(u1.multiplier()).divide(mult, MathContext.DECIMAL64);
        }
        Draft d = new Draft(n.start(), m.end() + u2.text().length())
                .unit(m.multiplierText() + u2.text(), u2.base(), NumberParser.normal(m.multiplier().multiply(mult)),
                        u2.kind());
        d.range(NumberParser.normal(lowNumber.multiply(mult)), NumberParser.normal(m.value().multiply(mult)));
        d.tolerance = m.tolerance().multiply(mult);
        d.decimals = Math.min(n.decimals(), m.decimals());
        d.approximate = n.approximate() || m.approximate();
        d.chinese = n.chinese();
        return d;
    }
}
