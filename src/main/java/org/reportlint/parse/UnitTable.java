package org.reportlint.parse;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportlint.facts.QuantityKind;

/** The units of {@code rules/data/units.tsv}: unit text → base unit, multiplier and kind; longest match wins. */
public final class UnitTable {
    /** One unit: {@code 公里} → base {@code 米}, multiplier 1000, kind MEASURE. */
    public record Unit(String text, String base, BigDecimal multiplier, QuantityKind kind) {
    }

    private final Map<String, Unit> units = new HashMap<>();
    private int maxLength;

    /** Builds the table from rows {@code text, base, multiplier, kind}; malformed rows are skipped. */
    public UnitTable(List<List<String>> rows) {
        for (List<String> r : rows) {
            if (r.size() < 4 || r.get(0).isEmpty()) {
                continue;
            }
            try {
                Unit u = new Unit(r.get(0), r.get(1), new BigDecimal(r.get(2)), QuantityKind.valueOf(r.get(3)));
                units.putIfAbsent(u.text(), u);
                maxLength = Math.max(maxLength, u.text().length());
            } catch (IllegalArgumentException e) {
                // a bad row must not stop the parse: the data test reports it
            }
        }
    }

    /** The longest unit starting at {@code i}, or null. */
    public Unit longestAt(String t, int i) {
        for (int len = Math.min(maxLength, t.length() - i); len > 0; len--) {
            Unit u = units.get(t.substring(i, i + len));
            if (u != null) {
                return u;
            }
        }
        return null;
    }

    public Unit get(String text) {
        return units.get(text);
    }

    public int size() {
        return units.size();
    }
}
