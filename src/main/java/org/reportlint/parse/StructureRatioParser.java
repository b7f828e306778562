package org.reportlint.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportlint.facts.Paragraph;
import org.reportlint.facts.StructureRatio;

/**
 * Finds compositions written as ratios (三次产业结构调整为10.5:38.2:52.3) whose clause names a structure (a
 * {@code structure} cue of {@code quantity_cues.tsv}: 结构, 比例 …). Plain ratios (配比1:2) have no such word.
 */
final class StructureRatioParser {
    /** Three or more decimals joined by ASCII, full-width or ratio colons, not inside a longer number. */
    static final Pattern RATIO = Pattern.compile(
            "(?<![0-9.])\\d{1,3}(?:\\.\\d+)?(?:[:：∶]\\d{1,3}(?:\\.\\d+)?){2,}(?![0-9.]|[:：∶]\\d)");
    static final String ROLE = "structure";
    static final int REACH = 16;

    private final CueTable cues;

    StructureRatioParser(CueTable cues) {
        this.cues = cues;
    }

    /** Where the words leading to a ratio may start: within its sentence, at most {@value #REACH} characters back. */
    private static int leadStart(String t, int at) {
        int s = at;
        while (s > 0 && at - s < REACH && "。；;！？!?".indexOf(t.charAt(s - 1)) < 0) {
            s--;
        }
        return s;
    }

    List<StructureRatio> parse(Paragraph p) {
        String t = p.getText();
        List<StructureRatio> out = new ArrayList<>();
        if (t.indexOf(':') < 0 && t.indexOf('：') < 0 && t.indexOf('∶') < 0) {
            return out;
        }
        Matcher m = RATIO.matcher(t);
        while (m.find()) {
            if (cues.lastIndexIn(ROLE, t, leadStart(t, m.start()), m.start()) < 0) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal tolerance = BigDecimal.ZERO;
            String[] parts = m.group().split("[:：∶]");
            for (String part : parts) {
                BigDecimal v = new BigDecimal(part);
                sum = sum.add(v);
                tolerance = tolerance.add(BigDecimal.ONE.movePointLeft(Math.max(0, v.scale())).divide(BigDecimal.valueOf(2)));
            }
            out.add(new StructureRatio(p.spanOf(m.start(), m.end()), parts.length, sum, tolerance));
        }
        return out;
    }
}
