package org.reportlint.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.reportlint.facts.PlausibleRange;

/** Reads {@code plausible_ranges.tsv} (metric, measure, scope, min, max, source) into {@link PlausibleRange} facts. */
final class RangeTable {
    static final String LEXICON = "plausible_ranges";

    private RangeTable() {
    }

    static List<PlausibleRange> read(Lexicon lex) {
        List<PlausibleRange> out = new ArrayList<>();
        for (List<String> row : lex.rows()) {
            if (row.size() < 6) {
                throw new DataException(lex.file() + ": a range needs metric, measure, scope, min, max and source: "
                        + row);
            }
            String measure = row.get(1);
            String scope = row.get(2);
            if (!measure.equals(PlausibleRange.GROWTH) && !measure.equals(PlausibleRange.LEVEL)
                    || !scope.equals("target") && !scope.equals("any")) {
                throw new DataException(lex.file() + ": measure must be growth or level, scope target or any: " + row);
            }
            try {
                out.add(new PlausibleRange(row.get(0), measure, scope.equals("target"), new BigDecimal(row.get(3)),
                        new BigDecimal(row.get(4)), row.get(5)));
            } catch (NumberFormatException e) {
                throw new DataException(lex.file() + ": min and max must be numbers: " + row);
            }
        }
        return out;
    }
}
